package io.xapp.bridge.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.bridge.testing.Events;
import io.xapp.bridge.testing.QueuedBridge;
import io.xapp.testing.support.SqsQueues;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Partner events through a real SQS API (moto) to Assistants on the local control plane. */
@LocalCluster
class SqsIntakeTest {

    KubernetesClient client;
    TestNamespace namespace;

    private QueuedBridge bridge;
    private SqsClient sqs;
    private String queue;
    private String dlq;

    @BeforeEach
    void setUp() {
        bridge = new QueuedBridge(client, namespace.name(), "sqs", config -> config);
        sqs = bridge.sqs();
        queue = bridge.queue();
        dlq = bridge.dlq();
    }

    @AfterEach
    void tearDown() {
        bridge.close();
    }

    private void send(String body) {
        bridge.send(body);
    }

    private Assistant assistant(String customer) {
        return client.resources(Assistant.class).withName(CustomerNames.assistantName(customer)).get();
    }

    private void awaitDrained() {
        await().atMost(Duration.ofSeconds(60)).until(() -> SqsQueues.depth(sqs, queue) == 0);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void envelopesAndRawPayloadsBecomeAssistants() {
        String enveloped = unique("env");
        String raw = unique("raw");
        send(Events.envelope(UUID.randomUUID().toString(), "CreateSubscription", Instant.now(),
                Events.create(enveloped, "growth", 12)));
        send(Events.create(raw, "starter", 1));
        await().atMost(Duration.ofSeconds(60)).until(() -> assistant(enveloped) != null && assistant(raw) != null);
        assertThat(assistant(enveloped).getSpec().getTier()).isEqualTo("growth");
        assertThat(assistant(raw).getSpec().getContractLengthMonths()).isEqualTo(1);
        awaitDrained();

        send(Events.envelope(UUID.randomUUID().toString(), "Cancellation", Instant.now().plusSeconds(1),
                Events.cancellation(enveloped, Instant.parse("2027-01-31T23:59:59Z"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> assistant(enveloped).getSpec().getCancellation() != null);
        assertThat(assistant(enveloped).getSpec().getCancellation().getEffectiveDate())
                .isEqualTo("2027-01-31T23:59:59Z");
    }

    @Test
    void duplicateDeliveriesCreateOneAssistantAndChangeNothing() {
        String customer = unique("dup");
        String event = Events.envelope("evt-" + customer, "CreateSubscription", Instant.now(),
                Events.create(customer, "growth", 12));
        send(event);
        await().atMost(Duration.ofSeconds(60)).until(() -> assistant(customer) != null);
        awaitDrained();
        String rv = assistant(customer).getMetadata().getResourceVersion();
        for (int i = 0; i < 3; i++) {
            send(event);
        }
        awaitDrained();
        assertThat(assistant(customer).getMetadata().getResourceVersion()).isEqualTo(rv);
        assertThat(client.resources(Assistant.class)
                .withLabel(XappMetadata.CUSTOMER_ID_LABEL, CustomerNames.labelValue(customer)).list().getItems())
                .hasSize(1);
        assertThat(SqsQueues.depth(sqs, dlq)).isZero();
    }

    @Test
    void eventsOutOfOrderEndWithTheNewest() {
        String customer = unique("order");
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // The upgrade overtakes the original subscription; the cancellation overtakes both.
        send(Events.envelope(UUID.randomUUID().toString(), "Cancellation", t.plusSeconds(120),
                Events.cancellation(customer, t.plusSeconds(30 * 86400))));
        send(Events.envelope(UUID.randomUUID().toString(), "CreateSubscription", t.plusSeconds(60),
                Events.create(customer, "growth", 24)));
        awaitDrained();
        send(Events.envelope(UUID.randomUUID().toString(), "CreateSubscription", t,
                Events.create(customer, "starter", 1)));
        awaitDrained();
        Assistant a = assistant(customer);
        assertThat(a.getSpec().getTier()).isEqualTo("growth");
        assertThat(a.getSpec().getContractLengthMonths()).isEqualTo(24);
        assertThat(a.getSpec().getCancellation().getEffectiveDate()).isEqualTo(t.plusSeconds(30 * 86400).toString());
    }

    @Test
    void malformedEventsGoToTheDeadLetterQueueWithTheReasonAndCreateNothing() {
        String customer = unique("bad");
        send("{not json");
        send(Events.create(customer, "platinum", 12));
        send(Events.envelope("evt-bad-date", "Cancellation", Instant.now(),
                "{\"id\": \"" + customer + "\", \"effective_date\": \"soon\"}"));
        awaitDrained();
        List<Message> dead = SqsQueues.drain(sqs, dlq, 5);
        assertThat(dead).hasSize(3);
        assertThat(dead).extracting(m -> m.messageAttributes().get("xapp-error").stringValue())
                .anyMatch(e -> e.contains("not valid JSON"))
                .anyMatch(e -> e.contains("tier 'platinum' is not one of this partner environment's tiers"))
                .anyMatch(e -> e.contains("effective_date 'soon' is not an ISO-8601 date-time"));
        assertThat(dead).allMatch(m -> m.messageAttributes().containsKey("xapp-source-message-id"));
        assertThat(dead).extracting(Message::body).contains("{not json");
        assertThat(assistant(customer)).isNull();
    }
}
