package io.xapp.operator.customer;

import static io.xapp.operator.testing.Assistants.awaitPhase;
import static io.xapp.operator.testing.Assistants.awaitUntil;
import static io.xapp.operator.testing.Assistants.byHand;
import static io.xapp.operator.testing.Assistants.condition;
import static io.xapp.operator.testing.Assistants.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.OperatorHarness;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One customer, one Assistant: Assistants made with kubectl, two of them claiming one customer id. */
@LocalCluster
class CustomerConflictTest {

    @RegisterExtension
    static final OperatorHarness harness = OperatorHarness.with(new PartnerConfig());

    KubernetesClient client;
    TestNamespace namespace;

    @Test
    void anAssistantMadeByHandGetsTheCustomerLabelAndKeepsItTrueToTheSpec() {
        client.resource(byHand("by-hand", "Hand Made/1", harness.siteUrl(), "basic")).create();
        awaitUntil(client, "by-hand", "the customer-id label", a -> CustomerNames.labelValue("Hand Made/1")
                .equals(label(a)));

        Assistants.edit(client, "by-hand", a -> {
            a.getSpec().setCustomerId("hand-made-2");
            return a;
        });
        awaitUntil(client, "by-hand", "the label of the new customer id", a -> "hand-made-2".equals(label(a)));
    }

    @Test
    void aSecondAssistantForTheSameCustomerIsNotProvisionedUntilTheFirstIsGone() {
        client.resource(byHand("brightside-dental", "twice-0042", harness.siteUrl(), "basic")).create();
        Assistant first = awaitPhase(client, "brightside-dental", Phase.AwaitingQA);
        // Creation times have whole seconds, and a tie goes to the name ("brightside-copy" sorts first): on a fast
        // machine the first reaches AwaitingQA within its creation second, so the copy must come a second later
        Instant created = Instant.parse(first.getMetadata().getCreationTimestamp());
        await().atMost(Duration.ofSeconds(3)).until(() -> Instant.now().isAfter(created.plusSeconds(1)));
        client.resource(byHand("brightside-copy", "twice-0042", harness.siteUrl(), "basic")).create();

        Assistant copy = awaitUntil(client, "brightside-copy", "Ready=False Conflict",
                hasCondition("Ready", "False", CustomerIdentity.CONFLICT));
        assertThat(copy.getStatus().getPhase()).isEqualTo(Phase.Pending);
        String message = condition(copy, "Ready").orElseThrow().getMessage();
        assertThat(message).contains("'twice-0042'", namespace.name() + "/brightside-dental",
                "delete assistant brightside-copy", "spec.customerId");
        assertThat(label(copy)).isEqualTo("twice-0042");
        await("a Conflict Event saying the same").atMost(Assistants.TIMEOUT).untilAsserted(() ->
                assertThat(events("brightside-copy")).anySatisfy(e -> {
                    assertThat(e.getReason()).isEqualTo(CustomerIdentity.CONFLICT);
                    assertThat(e.getType()).isEqualTo("Warning");
                    assertThat(e.getMessage()).isEqualTo(message);
                }));
        assertThat(client.apps().deployments().withName("brightside-copy").get()).isNull();
        assertThat(client.configMaps().withName("brightside-copy").get()).isNull();
        assertThat(Assistants.get(client, "brightside-dental").getStatus().getPhase()).isEqualTo(Phase.AwaitingQA);

        client.resources(Assistant.class).withName("brightside-dental").delete();
        awaitPhase(client, "brightside-copy", Phase.AwaitingQA);
        assertThat(client.apps().deployments().withName("brightside-copy").get()).isNotNull();
    }

    private static String label(Assistant a) {
        return a.getMetadata().getLabels() == null ? null
                : a.getMetadata().getLabels().get(XappMetadata.CUSTOMER_ID_LABEL);
    }

    private List<Event> events(String name) {
        return client.v1().events().withField("involvedObject.name", name).list().getItems();
    }
}
