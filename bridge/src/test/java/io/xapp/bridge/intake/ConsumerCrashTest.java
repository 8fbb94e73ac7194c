package io.xapp.bridge.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.events.EventParser;
import io.xapp.bridge.events.EventValidator;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.subscription.AssistantWriter;
import io.xapp.bridge.subscription.SubscriptionService;
import io.xapp.testing.support.Crds;
import io.xapp.bridge.testing.Events;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.SqsQueues;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.bridge.testing.WatchedWriter;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The bridge dies in the middle of a burst applied by several workers, right after an Assistant write and before the
 * database commit and the SQS delete. After a restart every event is applied, none twice, and there is one Assistant
 * per customer.
 */
@LocalCluster
class ConsumerCrashTest {

    private static final int EVENTS = 60;
    private static final int CRASH_AFTER_WRITES = 23;

    KubernetesClient client;
    TestNamespace namespace;

    /** Stands for the process dying: nothing after it runs (no commit, no delete). */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash after an Assistant write");
        }
    }

    /** The real writer, dying right after its n-th successful write. */
    static final class CrashingWriter implements AssistantWriter {
        private final AssistantWriter real;
        private final AtomicInteger writes = new AtomicInteger();
        private final CountDownLatch crashed = new CountDownLatch(1);

        CrashingWriter(AssistantWriter real) {
            this.real = real;
        }

        @Override
        public void apply(AssistantSpec spec, String lastEvent) {
            real.apply(spec, lastEvent);
            if (writes.incrementAndGet() == CRASH_AFTER_WRITES) {
                crashed.countDown();
                throw new SimulatedCrash();
            }
        }

        @Override
        public boolean applyCancellationOnly(String customerId, CancellationSpec c, String lastEvent) {
            return real.applyCancellationOnly(customerId, c, lastEvent);
        }

        @Override
        public boolean exists(String customerId) {
            return real.exists(customerId);
        }
    }

    @Test
    void noEventIsLostAndNoAssistantDuplicatedAcrossACrash() throws Exception {
        Crds.apply(client, TestConfig.FIELD_MANAGER);
        Moto moto = Moto.get();
        SqsClient sqs = moto.sqs();
        String queue = SqsQueues.create(sqs, "crash-events");
        String dlq = SqsQueues.create(sqs, "crash-dlq");
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String customer = namespace.name() + "-customer-" + i;
            customers.add(customer);
            sqs.sendMessage(r -> r.queueUrl(queue).messageBody(Events.create(customer, "growth", 12)));
        }
        TestConfig test = TestConfig.create("crash").namespace(namespace.name()).queues(moto.url(), queue, dlq)
                .consumers(2).concurrency(8).visibilityTimeoutSeconds(10);
        BridgeConfig config = test.build();
        StoreSettings store = config.store();

        // First life: two pollers and eight workers; one write dies right after it reached the API server.
        Database db1 = Database.open(store, null);
        WatchedWriter writer1 = new WatchedWriter(client, namespace.name());
        CrashingWriter crashing = new CrashingWriter(writer1.writer());
        SqsConsumer first = consumer(sqs, config, db1, crashing);
        first.start();
        assertThat(crashing.crashed.await(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        first.close();
        writer1.close();
        db1.close();
        assertThat(SqsQueues.depth(sqs, queue)).as("messages left after the crash").isPositive();

        // Second life on the same database: picks up what was not deleted once its visibility times out.
        Database db2 = Database.open(store, null);
        WatchedWriter writer2 = new WatchedWriter(client, namespace.name());
        SqsConsumer second = consumer(sqs, config, db2, writer2.writer());
        second.start();
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> SqsQueues.depth(sqs, queue) == 0);
            for (String customer : customers) {
                assertThat(client.resources(Assistant.class).withName(CustomerNames.assistantName(customer)).get())
                        .as("Assistant of %s", customer).isNotNull();
            }
            assertThat(client.resources(Assistant.class).list().getItems()).hasSize(EVENTS);
            assertThat(count(db2, "SELECT COUNT(*) FROM processed_event")).isEqualTo(EVENTS);
            assertThat(count(db2, "SELECT COUNT(*) FROM processed_event WHERE outcome = 'APPLIED'"))
                    .isEqualTo(EVENTS);
            assertThat(SqsQueues.depth(sqs, dlq)).isZero();
        } finally {
            second.close();
            writer2.close();
            db2.close();
        }
    }

    private static SqsConsumer consumer(SqsClient sqs, BridgeConfig config, Database db, AssistantWriter writer) {
        EventParser parser = new EventParser(new EventValidator(config.partner().tiers().keySet()), 65536);
        return new SqsConsumer(sqs, config.events(),
                new EventIntake(parser, new SubscriptionService(db, writer, Clock.systemUTC())));
    }

    private static long count(Database db, String sql) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
