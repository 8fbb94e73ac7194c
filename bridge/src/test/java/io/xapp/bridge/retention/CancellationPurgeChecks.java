package io.xapp.bridge.retention;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.AssistantStatus;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.bridge.analytics.AnalyticsQuery;
import io.xapp.bridge.analytics.UsageEvent;
import io.xapp.bridge.analytics.UsageStore;
import io.xapp.bridge.analytics.WidgetReport;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.bridge.outbox.Backoff;
import io.xapp.bridge.relay.RelayKind;
import io.xapp.bridge.relay.RelayService;
import io.xapp.bridge.store.Database;
import io.xapp.testing.support.MutableClock;
import io.xapp.bridge.testing.TestConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A completed cancellation purges the customer's usage analytics and its leads and bookings (visitors' names,
 * emails, phones) and nothing of any other customer; run on H2 ({@link CancellationPurgeTest}) and PostgreSQL
 * ({@link PostgresCancellationPurgeTest}).
 */
abstract class CancellationPurgeChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NS = "xapp";
    private static final String GONE = "ast-gone";
    private static final String STAYS = "ast-stays";
    private static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private WireMockServer partner;
    private Database db;
    private UsageStore usage;
    private RelayService relay;
    private CancellationPurge purge;

    /** A freshly migrated database of the store under test. */
    abstract Database openDatabase();

    @BeforeEach
    void setUp() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        partner = new WireMockServer(options().bindAddress("127.0.0.1").port(port));
        partner.start();
        BridgeConfig config = TestConfig.create("purge").partnerApi("""
                  leads:
                    url: http://127.0.0.1:%d/api/leads
                    auth: {type: none}
                """.formatted(port)).build();
        db = openDatabase();
        usage = new UsageStore(db, clock);
        relay = new RelayService(db, config.partnerApi(), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)),
                clock);
        purge = new CancellationPurge(usage, relay);
    }

    @AfterEach
    void tearDown() {
        partner.stop();
        db.close();
    }

    @Test
    void aCompletedCancellationPurgesTheCustomersUsageAndLeadsAndNothingElse() {
        recordUsage(GONE, 50);
        recordUsage(STAYS, 30);
        WidgetReport staysBefore = report(STAYS);
        // Each customer: one lead delivered, one refused for good, one pending while the partner's API fails.
        stubLeads(201);
        accept(GONE, "g-delivered");
        accept(STAYS, "s-delivered");
        relay.dispatch();
        stubLeads(422);
        accept(GONE, "g-refused");
        accept(STAYS, "s-refused");
        relay.dispatch();
        stubLeads(503);
        accept(GONE, "g-pending");
        accept(STAYS, "s-pending");
        relay.dispatch();
        assertThat(outbox(GONE)).containsExactlyInAnyOrder("g-delivered", "g-refused", "g-pending");

        purge.onAssistantChange(assistant(GONE, Phase.Cancelling)); // not complete yet: nothing goes
        assertThat(report(GONE).queries().total()).isEqualTo(50);
        assertThat(outbox(GONE)).hasSize(3);

        purge.onAssistantChange(assistant(GONE, Phase.Cancelled));
        assertThat(report(GONE)).isEqualTo(new WidgetReport(0, 0, new WidgetReport.Queries(0, 0, List.of(),
                List.of())));
        assertThat(rows("usage_event", GONE) + rows("usage_bucket", GONE) + rows("usage_dictionary", GONE)
                + rows("usage_assistant", GONE)).isZero();
        // The pending lead is still owed to the partner: it stays until delivered, then goes too.
        assertThat(outbox(GONE)).containsExactly("g-pending");

        stubLeads(201);
        clock.advance(Duration.ofMinutes(5));
        assertThat(relay.dispatch()).isEqualTo(2); // g-pending and s-pending
        assertThat(outbox(GONE)).isEmpty();
        partner.verify(1, postRequestedFor(urlPathEqualTo("/api/leads"))
                .withHeader("Idempotency-Key", equalTo("lead-g-pending")).withRequestBody(
                        containing("\"name\":\"Visitor g-pending\"")));

        // The other customer keeps everything.
        assertThat(report(STAYS)).isEqualTo(staysBefore);
        assertThat(outbox(STAYS)).containsExactlyInAnyOrder("s-delivered", "s-refused", "s-pending");
    }

    @Test
    void thePurgeRunsAgainForWhatArrivesAfterItAndOnDeletion() {
        Assistant cancelled = assistant(GONE, Phase.Cancelled);
        purge.onAssistantChange(cancelled); // nothing recorded yet: a no-op
        // A runtime still reporting between the cancellation and its removal; the watcher's next replay purges it.
        recordUsage(GONE, 10);
        stubLeads(201);
        accept(GONE, "late-lead");
        relay.dispatch();
        purge.onAssistantChange(cancelled);
        assertThat(report(GONE).queries().total()).isZero();
        assertThat(outbox(GONE)).isEmpty();

        // Deleted with a cancellation set: the customer is gone. Deleted without one (e.g. by hand): data stays.
        recordUsage(GONE, 5);
        recordUsage(STAYS, 5);
        accept(GONE, "another");
        accept(STAYS, "kept");
        relay.dispatch();
        Assistant deletedByHand = assistant(STAYS, Phase.Ready);
        deletedByHand.getSpec().setCancellation(null);
        purge.onAssistantDeleted(deletedByHand);
        purge.onAssistantDeleted(assistant(GONE, Phase.Cancelling));
        assertThat(report(GONE).queries().total()).isZero();
        assertThat(outbox(GONE)).isEmpty();
        assertThat(report(STAYS).queries().total()).isEqualTo(5);
        assertThat(outbox(STAYS)).containsExactly("kept");
    }

    private static Assistant assistant(String name, Phase phase) {
        Assistant a = new Assistant();
        a.getMetadata().setNamespace(NS);
        a.getMetadata().setName(name);
        AssistantSpec spec = new AssistantSpec();
        spec.setCancellation(new CancellationSpec("2026-11-27T00:00:00Z"));
        a.setSpec(spec);
        AssistantStatus status = new AssistantStatus();
        status.setPhase(phase);
        a.setStatus(status);
        return a;
    }

    private void recordUsage(String name, int n) {
        List<UsageEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new UsageEvent(name + "-" + clock.millis() + "-" + i, "s-" + i % 7, "u-" + i % 3, "widget",
                    "query " + i % 4, i % 5 == 0, DAY.plusSeconds(600L * i)));
        }
        usage.ingest(NS + "/" + name, events);
    }

    private WidgetReport report(String name) {
        return new AnalyticsQuery(db).report(NS + "/" + name, "widget", DAY.minusSeconds(3600),
                DAY.plusSeconds(3 * 86_400), 10);
    }

    private void stubLeads(int status) {
        partner.resetAll();
        partner.stubFor(post("/api/leads").willReturn(aResponse().withStatus(status)));
    }

    private void accept(String name, String leadId) {
        ObjectNode lead = JSON.createObjectNode().put("leadId", leadId).put("sessionId", "s-1")
                .put("name", "Visitor " + leadId).put("email", leadId + "@example.com").put("phone", "+1 555 0100")
                .put("message", "Call me").put("createdAt", "2026-11-28T09:59:00Z");
        relay.accept(RelayKind.LEAD, NS, name, "customer-of-" + name, lead);
    }

    /** The outbox items (lead ids) still held for the Assistant. */
    private List<String> outbox(String name) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT item_id FROM outbox WHERE namespace = ? "
                    + "AND name = ?")) {
                ps.setString(1, NS);
                ps.setString(2, name);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    private long rows(String table, String name) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE assistant = ?")) {
                ps.setString(1, NS + "/" + name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
