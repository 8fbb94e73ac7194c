package io.xapp.bridge.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerClaims;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.bridge.subscription.KubernetesAssistantWriter;
import io.xapp.bridge.testing.ByHand;
import io.xapp.bridge.testing.Events;
import io.xapp.bridge.testing.QueuedBridge;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.PartnerBus;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.SqsQueues;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The customer id is the identity: partner events through SQS reach the customer's Assistant however it was made
 * (kubectl first or events first), the bridge never makes a second one, and only the Assistant that holds the
 * customer is announced with ReadyForInstallation. The test plays kubectl and, where it matters, the operator.
 */
@LocalCluster
class OneCustomerOneAssistantTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    KubernetesClient client;
    TestNamespace namespace;

    private QueuedBridge bridge;
    private PartnerBus bus;
    private SqsClient sqs;
    private String dlq;

    @BeforeEach
    void setUp() {
        Moto moto = Moto.get();
        bus = PartnerBus.create(moto, "identity-bus-" + UUID.randomUUID().toString().substring(0, 8),
                List.of("ReadyForInstallation"));
        bridge = new QueuedBridge(client, namespace.name(), "identity", config -> config.bus(moto.url(),
                bus.busName()));
        sqs = bridge.sqs();
        dlq = bridge.dlq();
    }

    @AfterEach
    void tearDown() {
        bridge.close();
    }

    @Test
    void theWalkthroughsSendCancelAndSendCreateActOnTheExampleAssistant() {
        // make run: kubectl apply -f examples/assistant.yaml
        Assistant example = client.resources(Assistant.class).load(Repo.resolve("examples/assistant.yaml").toFile())
                .create();
        String customer = example.getSpec().getCustomerId();
        String name = example.getMetadata().getName();
        assertThat(name).isNotEqualTo(CustomerNames.assistantName(customer));

        // scripts/run.sh send cancel: a Cancellation effective now, in an EventBridge envelope through SQS.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String cancel = send("Cancellation", now, Events.cancellation(customer, now));
        Assistant cancelled = awaitLastEvent(name, cancel);
        assertThat(cancelled.getSpec().getCancellation().getEffectiveDate()).isEqualTo(now.toString());
        assertThat(cancelled.getSpec().getWebsite()).isEqualTo(example.getSpec().getWebsite());

        // scripts/run.sh send create: a CreateSubscription after the Cancellation is a re-subscription.
        String create = send("CreateSubscription", now.plusSeconds(1), """
                {"tier": "growth", "contract_length": 24, "id": "%s", "website": "http://127.0.0.1:8088/",
                 "template": "local-business", "company_name": "Brightside Family Dental"}""".formatted(customer));
        Assistant resubscribed = awaitLastEvent(name, create);
        assertThat(resubscribed.getSpec().getCancellation()).as("the re-subscription withdraws the cancellation")
                .isNull();
        assertThat(resubscribed.getSpec().getContractLengthMonths()).isEqualTo(24);
        assertThat(resubscribed.getSpec().getCrawl().getMaxPages()).as("what kubectl set and the bridge does not")
                .isEqualTo(example.getSpec().getCrawl().getMaxPages());
        assertThat(assistantsOf(customer)).containsExactly(name);
        assertThat(SqsQueues.depth(sqs, dlq)).isZero();
    }

    @Test
    void kubectlFirstThenPartnerEvents() {
        String customer = unique("acme");
        createByKubectl("acme-by-hand", customer, "starter");

        String upgrade = send("CreateSubscription", Instant.now(), Events.create(customer, "growth", 24));
        assertThat(awaitLastEvent("acme-by-hand", upgrade).getSpec().getTier()).isEqualTo("growth");
        String cancel = send("Cancellation", Instant.now().plusSeconds(1),
                Events.cancellation(customer, Instant.parse("2027-01-31T23:59:59Z")));
        assertThat(awaitLastEvent("acme-by-hand", cancel).getSpec().getCancellation().getEffectiveDate())
                .isEqualTo("2027-01-31T23:59:59Z");
        assertThat(assistantsOf(customer)).containsExactly("acme-by-hand");
    }

    @Test
    void eventsFirstThenKubectl() {
        String customer = unique("juniper");
        String bridgeMade = CustomerNames.assistantName(customer);
        String create = send("CreateSubscription", Instant.now(), Events.create(customer, "starter", 12));
        awaitLastEvent(bridgeMade, create);
        createByKubectl("juniper-by-hand", customer, "starter");

        // The Assistant the events made holds the customer; the later one made by hand is left alone (the
        // operator keeps it in Conflict).
        String upgrade = send("CreateSubscription", Instant.now().plusSeconds(1), Events.create(customer, "growth", 24));
        assertThat(awaitLastEvent(bridgeMade, upgrade).getSpec().getTier()).isEqualTo("growth");
        String cancel = send("Cancellation", Instant.now().plusSeconds(2), Events.cancellation(customer, Instant.now()));
        assertThat(awaitLastEvent(bridgeMade, cancel).getSpec().getCancellation()).isNotNull();
        Assistant byHand = client.resources(Assistant.class).withName("juniper-by-hand").get();
        assertThat(byHand.getSpec().getTier()).isEqualTo("starter");
        assertThat(byHand.getSpec().getCancellation()).isNull();
        assertThat(byHand.getMetadata().getAnnotations()).doesNotContainKey(
                KubernetesAssistantWriter.LAST_EVENT_ANNOTATION);
        assertThat(assistantsOf(customer)).containsExactlyInAnyOrder(bridgeMade, "juniper-by-hand");
    }

    @Test
    void twoKubectlAssistantsWithOneCustomerIdOnlyTheOlderIsWrittenAndAnnounced() throws Exception {
        String customer = unique("twice");
        createByKubectl("first-by-hand", customer, "starter");
        // Creation times have whole seconds, and on a tie the claimant already provisioned keeps the customer
        // (CustomerClaims): the second Assistant is made a second later so that the first is the older.
        Thread.sleep(1_100);
        createByKubectl("second-by-hand", customer, "starter");

        String create = send("CreateSubscription", Instant.now(), Events.create(customer, "growth", 12));
        awaitLastEvent("first-by-hand", create);
        assertThat(assistantsOf(customer)).containsExactlyInAnyOrder("first-by-hand", "second-by-hand");

        operatorPublishes("second-by-hand", "rev-x"); // cannot happen with the operator; the bridge checks anyway
        operatorPublishes("first-by-hand", "rev-1");
        List<Message> inbox = new ArrayList<>();
        await("ReadyForInstallation of first-by-hand").atMost(Duration.ofSeconds(60)).until(() -> {
            inbox.addAll(SqsQueues.drain(sqs, bus.inboxUrl(), 1));
            return !inbox.isEmpty();
        });
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
            inbox.addAll(SqsQueues.drain(sqs, bus.inboxUrl(), 1));
            return true;
        });
        assertThat(inbox).hasSize(1);
        JsonNode detail = JSON.readTree(inbox.get(0).body()).get("detail");
        assertThat(detail.get("id").asText()).isEqualTo(customer);
        assertThat(detail.get("revision").asText()).isEqualTo("rev-1");
        assertThat(detail.get("widget_snippet").asText()).contains("/first-by-hand/widget.js");
    }

    @Test
    void theNameForANewCustomerHeldByAnotherCustomerIsRefusedWithTheReason() {
        String customer = unique("squatted");
        String name = CustomerNames.assistantName(customer);
        createByKubectl(name, "someone-else", "starter");
        send("CreateSubscription", Instant.now(), Events.create(customer, "growth", 12));
        List<Message> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            dead.addAll(SqsQueues.drain(sqs, dlq, 1));
            return !dead.isEmpty();
        });
        assertThat(dead.get(0).messageAttributes().get("xapp-error").stringValue())
                .contains(name, "belongs to customer 'someone-else'");
        assertThat(client.resources(Assistant.class).withName(name).get().getSpec().getCustomerId())
                .isEqualTo("someone-else");
    }

    private void createByKubectl(String name, String customer, String tier) {
        client.resource(ByHand.assistant(name, customer, tier)).create();
    }

    /** Sends a partner event as their EventBridge rule delivers it; returns its event id. */
    private String send(String detailType, Instant time, String detail) {
        String id = UUID.randomUUID().toString();
        bridge.send(Events.envelope(id, detailType, time, detail));
        return id;
    }

    /** Waits until the Assistant {@code name} was last shaped by the event {@code eventId}. */
    private Assistant awaitLastEvent(String name, String eventId) {
        return await("Assistant " + name + " shaped by event " + eventId).atMost(Duration.ofSeconds(60))
                .until(() -> client.resources(Assistant.class).withName(name).get(), a -> a != null
                        && a.getMetadata().getAnnotations() != null && a.getMetadata().getAnnotations()
                        .getOrDefault(KubernetesAssistantWriter.LAST_EVENT_ANNOTATION, "").startsWith(eventId + "@"));
    }

    private List<String> assistantsOf(String customer) {
        return client.resources(Assistant.class).withLabels(CustomerClaims.selector(customer)).list().getItems()
                .stream().map(a -> a.getMetadata().getName()).toList();
    }

    /** What the operator writes once QA approved a revision (its own field manager, status subresource). */
    private void operatorPublishes(String name, String revision) {
        String base = "https://assist.partner.example/" + name;
        String patch = """
                {"apiVersion": "xapp.io/v1alpha1", "kind": "Assistant",
                 "metadata": {"name": "%s", "namespace": "%s"},
                 "status": {"phase": "Ready", "install": {"revision": "%s", "widgetKey": "wk",
                   "widgetSnippet": "<script async src=\\"%s/widget.js\\" data-xapp-key=\\"wk\\"></script>"}}}"""
                .formatted(name, namespace.name(), revision, base);
        client.resources(Assistant.class).withName(name).subresource("status").patch(new PatchContext.Builder()
                .withPatchType(PatchType.SERVER_SIDE_APPLY).withFieldManager("xapp-operator").withForce(true)
                .build(), patch);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
