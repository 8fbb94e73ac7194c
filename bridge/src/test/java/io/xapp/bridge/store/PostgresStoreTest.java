package io.xapp.bridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.bridge.config.PartnerApiSettings;
import io.xapp.bridge.events.Cancellation;
import io.xapp.bridge.events.CreateSubscription;
import io.xapp.bridge.events.InboundEvent;
import io.xapp.bridge.outbox.Backoff;
import io.xapp.bridge.relay.RelayKind;
import io.xapp.bridge.relay.RelayService;
import io.xapp.bridge.subscription.AssistantWriter;
import io.xapp.bridge.subscription.SubscriptionOutcome;
import io.xapp.bridge.subscription.SubscriptionService;
import io.xapp.bridge.testing.PostgresServer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bridge's migrations and its ordering, tombstone and outbox SQL on PostgreSQL (the Kubernetes side is an
 * in-memory stand-in here; the same logic runs against the API server in SubscriptionServiceTest).
 */
class PostgresStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private Database db;
    private final Map<String, AssistantSpec> assistants = new HashMap<>();

    private final AssistantWriter memory = new AssistantWriter() {
        @Override
        public void apply(AssistantSpec spec, String lastEvent) {
            assistants.put(spec.getCustomerId(), spec);
        }

        @Override
        public boolean applyCancellationOnly(String customerId, CancellationSpec c, String lastEvent) {
            AssistantSpec s = assistants.get(customerId);
            if (s != null) {
                s.setCancellation(c);
            }
            return s != null;
        }

        @Override
        public boolean exists(String customerId) {
            return assistants.containsKey(customerId);
        }
    };

    @BeforeEach
    void setUp() {
        db = PostgresServer.get().openFreshDatabase("store");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static InboundEvent create(String id, int minutes, String tier) {
        return new InboundEvent(id, T0.plusSeconds(60L * minutes),
                new CreateSubscription("c-1", "Acme", "https://acme.example/", tier, 12, "local-business"));
    }

    @Test
    void orderingDuplicatesAndTombstonesHoldOnPostgres() {
        SubscriptionService service = new SubscriptionService(db, memory, Clock.systemUTC());
        assertThat(service.apply(new InboundEvent("x", T0.plusSeconds(600),
                new Cancellation("c-1", T0.plusSeconds(600))))).isEqualTo(SubscriptionOutcome.REMEMBERED);
        assertThat(service.apply(create("old", 0, "starter"))).isEqualTo(SubscriptionOutcome.REMEMBERED);
        assertThat(assistants).isEmpty();
        assertThat(service.apply(create("new", 20, "growth"))).isEqualTo(SubscriptionOutcome.APPLIED);
        assertThat(service.apply(create("new", 20, "growth"))).isEqualTo(SubscriptionOutcome.DUPLICATE);
        assertThat(service.apply(create("older", 15, "starter"))).isEqualTo(SubscriptionOutcome.STALE);
        assertThat(assistants.get("c-1").getTier()).isEqualTo("growth");
        assertThat(assistants.get("c-1").getCancellation()).isNull();
    }

    @Test
    void theOutboxStoresALeadOnce() {
        PartnerApiSettings settings = new PartnerApiSettings(new PartnerApiSettings.Endpoint(
                "http://127.0.0.1:9/leads", null, null, null, null, null), null, null, "1s", 3);
        RelayService relay = new RelayService(db, settings, Backoff.DEFAULT, Clock.systemUTC());
        var lead = new ObjectMapper().createObjectNode().put("leadId", "l-1").put("email", "a@example.com");
        assertThat(relay.accept(RelayKind.LEAD, "ns", "ast-a", "c-1", lead)).isTrue();
        assertThat(relay.accept(RelayKind.LEAD, "ns", "ast-a", "c-1", lead)).isFalse();
        assertThat(relay.dispatch()).isZero(); // nothing listens on port 9: retried later, still stored
        assertThat(relay.accept(RelayKind.LEAD, "ns", "ast-a", "c-1", lead)).isFalse();
    }
}
