package io.xapp.bridge.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.bridge.events.Cancellation;
import io.xapp.bridge.events.CreateSubscription;
import io.xapp.bridge.events.InboundEvent;
import io.xapp.bridge.store.Database;
import io.xapp.testing.support.Crds;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.testing.support.MutableClock;
import io.xapp.bridge.testing.TestDatabase;
import io.xapp.bridge.testing.WatchedWriter;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Duplicates, reordering and tombstones, against the real API server. */
@LocalCluster
class SubscriptionServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    KubernetesClient client;
    TestNamespace namespace;

    private final MutableClock clock = new MutableClock(T0.plusSeconds(3600));
    private Database db;
    private WatchedWriter writer;
    private SubscriptionService service;
    private String customer;

    @BeforeEach
    void setUp() {
        Crds.apply(client, TestConfig.FIELD_MANAGER);
        db = TestDatabase.open("subscriptions");
        writer = new WatchedWriter(client, namespace.name());
        service = new SubscriptionService(db, writer.writer(), clock);
        customer = "Customer/" + CUSTOMERS.incrementAndGet() + " Ünïcode";
    }

    @AfterEach
    void tearDown() {
        writer.close();
        db.close();
    }

    private InboundEvent create(String id, int minutes, String tier, int months) {
        return new InboundEvent(id, T0.plusSeconds(60L * minutes), new CreateSubscription(customer, "Acme Dental",
                "https://acme-dental.example/", tier, months, "local-business"));
    }

    private InboundEvent cancel(String id, int minutes, Instant effective) {
        return new InboundEvent(id, T0.plusSeconds(60L * minutes), new Cancellation(customer, effective));
    }

    private Assistant assistant() {
        return client.resources(Assistant.class).withName(CustomerNames.assistantName(customer)).get();
    }

    @Test
    void createsTheAssistantWithNameLabelsAndSpec() {
        assertThat(service.apply(create("e1", 0, "growth", 12))).isEqualTo(SubscriptionOutcome.APPLIED);
        Assistant a = assistant();
        assertThat(a.getMetadata().getName()).isEqualTo(CustomerNames.assistantName(customer));
        assertThat(a.getMetadata().getLabels()).containsEntry(XappMetadata.CUSTOMER_ID_LABEL,
                CustomerNames.labelValue(customer));
        assertThat(a.getSpec().getCustomerId()).isEqualTo(customer);
        assertThat(a.getSpec().getCompanyName()).isEqualTo("Acme Dental");
        assertThat(a.getSpec().getWebsite()).isEqualTo("https://acme-dental.example/");
        assertThat(a.getSpec().getTier()).isEqualTo("growth");
        assertThat(a.getSpec().getContractLengthMonths()).isEqualTo(12);
        assertThat(a.getSpec().getTemplate()).isEqualTo("local-business");
        assertThat(a.getSpec().getCancellation()).isNull();
        assertThat(a.getMetadata().getManagedFields()).anyMatch(f -> "xapp-bridge".equals(f.getManager()));
    }

    @Test
    void duplicatesChangeNothing() {
        service.apply(create("e1", 0, "starter", 1));
        String rv = assistant().getMetadata().getResourceVersion();
        assertThat(service.apply(create("e1", 0, "starter", 1))).isEqualTo(SubscriptionOutcome.DUPLICATE);
        assertThat(service.apply(create("e1", 0, "starter", 1))).isEqualTo(SubscriptionOutcome.DUPLICATE);
        assertThat(assistant().getMetadata().getResourceVersion()).isEqualTo(rv);
        assertThat(client.resources(Assistant.class).withLabel(XappMetadata.CUSTOMER_ID_LABEL,
                CustomerNames.labelValue(customer)).list().getItems()).hasSize(1);
    }

    @Test
    void anUpgradeUpdatesAndAnOlderCreateArrivingLateDoesNotOverwriteIt() {
        assertThat(service.apply(create("upgrade", 30, "growth", 24))).isEqualTo(SubscriptionOutcome.APPLIED);
        assertThat(service.apply(create("original", 0, "starter", 1))).isEqualTo(SubscriptionOutcome.STALE);
        assertThat(assistant().getSpec().getTier()).isEqualTo("growth");
        assertThat(assistant().getSpec().getContractLengthMonths()).isEqualTo(24);
    }

    @Test
    void aCancellationSetsTheEffectiveDateAndAnOlderOneDoesNotReplaceIt() {
        service.apply(create("c", 0, "growth", 12));
        Instant effective = Instant.parse("2027-01-31T23:59:59Z");
        assertThat(service.apply(cancel("x2", 20, effective))).isEqualTo(SubscriptionOutcome.APPLIED);
        assertThat(service.apply(cancel("x1", 10, Instant.parse("2026-12-01T00:00:00Z"))))
                .isEqualTo(SubscriptionOutcome.STALE);
        assertThat(assistant().getSpec().getCancellation().getEffectiveDate()).isEqualTo("2027-01-31T23:59:59Z");
        assertThat(assistant().getSpec().getTier()).isEqualTo("growth");
    }

    @Test
    void aCancellationBeforeItsCreateIsRememberedAndTheLateCreateDoesNotBringTheCustomerBack() {
        assertThat(service.apply(cancel("x", 10, T0.plusSeconds(600)))).isEqualTo(SubscriptionOutcome.REMEMBERED);
        assertThat(assistant()).isNull();
        assertThat(service.apply(create("c", 0, "growth", 12))).isEqualTo(SubscriptionOutcome.REMEMBERED);
        assertThat(assistant()).isNull();
    }

    @Test
    void aLateCreateBeforeAFutureCancellationRunsUntilTheDate() {
        Instant future = clock.instant().plusSeconds(30 * 86400);
        service.apply(cancel("x", 10, future));
        assertThat(service.apply(create("c", 0, "growth", 12))).isEqualTo(SubscriptionOutcome.APPLIED);
        assertThat(assistant().getSpec().getCancellation().getEffectiveDate()).isEqualTo(future.toString());
    }

    @Test
    void aNewerSubscriptionAfterACancellationResubscribes() {
        service.apply(create("c1", 0, "growth", 12));
        service.apply(cancel("x", 10, T0.plusSeconds(600)));
        assertThat(assistant().getSpec().getCancellation()).isNotNull();
        assertThat(service.apply(create("c2", 20, "starter", 12))).isEqualTo(SubscriptionOutcome.APPLIED);
        assertThat(assistant().getSpec().getCancellation()).isNull();
        assertThat(assistant().getSpec().getTier()).isEqualTo("starter");
        // The old cancellation arriving again, or late, does not undo the re-subscription.
        assertThat(service.apply(cancel("x", 10, T0.plusSeconds(600)))).isEqualTo(SubscriptionOutcome.DUPLICATE);
        assertThat(service.apply(cancel("x0", 5, T0.plusSeconds(300)))).isEqualTo(SubscriptionOutcome.STALE);
        assertThat(assistant().getSpec().getCancellation()).isNull();
    }

    @Test
    void theBridgeOnlyOwnsItsFields() {
        service.apply(create("c1", 0, "growth", 12));
        // QA fixes the branding by hand; a later upgrade from the partner must keep it.
        client.resources(Assistant.class).withName(CustomerNames.assistantName(customer)).edit(a -> {
            a.getSpec().setBranding(new io.xapp.api.v1alpha1.BrandingSpec());
            a.getSpec().getBranding().setPrimaryColor("#112233");
            return a;
        });
        service.apply(create("c2", 5, "growth", 24));
        assertThat(assistant().getSpec().getBranding().getPrimaryColor()).isEqualTo("#112233");
        assertThat(assistant().getSpec().getContractLengthMonths()).isEqualTo(24);
    }
}
