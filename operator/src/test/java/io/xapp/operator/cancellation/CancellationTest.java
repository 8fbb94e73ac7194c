package io.xapp.operator.cancellation;

import static io.xapp.operator.testing.Assistants.awaitPhase;
import static io.xapp.operator.testing.Assistants.awaitUntil;
import static io.xapp.operator.testing.Assistants.condition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.OperatorHarness;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.LabelledResources;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cancellation in the past, now and in the future, and a direct delete: everything made for the customer goes,
 * checked over every namespaced kind the API server knows; the Assistant shows Cancelled, then goes too.
 */
@LocalCluster
class CancellationTest {

    @RegisterExtension
    static final OperatorHarness harness = OperatorHarness.with(new PartnerConfig().retainFor("5s"));

    KubernetesClient client;
    TestNamespace namespace;

    @Test
    void aCancellationInThePastTearsDownEverythingThenTheAssistantGoes() {
        String name = runningAssistant("cancel-past");
        cancel(name, "2020-01-01T00:00:00Z");
        assertTornDownAndDeleted(name, "cancel-past", "2020-01-01T00:00:00Z");
    }

    @Test
    void aCancellationEffectiveNowTearsDownAtOnce() {
        String name = runningAssistant("cancel-now");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        cancel(name, now.toString());
        assertTornDownAndDeleted(name, "cancel-now", now.toString());
    }

    @Test
    void aFutureCancellationKeepsRunningUntilItsDate() {
        String name = runningAssistant("cancel-future");
        Instant date = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        cancel(name, date.toString());

        Assistant cancelling = awaitPhase(client, name, Phase.Cancelling);
        assertThat(cancelling.getStatus().getCancellation().getEffectiveDate()).isEqualTo(date.toString());
        assertThat(condition(cancelling, "Cancelled").orElseThrow()).satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo("False");
            assertThat(c.getReason()).isEqualTo("Scheduled");
            assertThat(c.getMessage()).contains(date.toString());
        });
        assertThat(client.apps().deployments().withName(name).get()).isNotNull();

        assertTornDownAndDeleted(name, "cancel-future", date.toString());
    }

    @Test
    void deletingAnAssistantAwaitingQaCleansUpThroughTheFinalizer() {
        String name = runningAssistant("delete-awaiting");
        assertThat(client.resources(Assistant.class).withName(name).get().getMetadata().getFinalizers())
                .isNotEmpty();

        client.resources(Assistant.class).withName(name).delete();

        await("the Assistant is gone").atMost(Assistants.TIMEOUT).until(() -> Assistants.get(client, name) == null);
        assertThat(LabelledResources.find(client, namespace.name(), customerLabels("delete-awaiting"))).isEmpty();
    }

    private String runningAssistant(String customerId) {
        String name = Assistants.createAwaitingQa(client, customerId, harness.siteUrl(), "growth");
        assertThat(LabelledResources.find(client, namespace.name(), customerLabels(customerId)))
                .anyMatch(r -> r.contains("Deployment/")).anyMatch(r -> r.contains("Secret/"))
                .anyMatch(r -> r.contains("Pod/"));
        return name;
    }

    private void cancel(String name, String effectiveDate) {
        Assistants.edit(client, name, a -> {
            a.getSpec().setCancellation(new CancellationSpec(effectiveDate));
            return a;
        });
    }

    private void assertTornDownAndDeleted(String name, String customerId, String effectiveDate) {
        Assistant cancelled = awaitPhase(client, name, Phase.Cancelled);
        assertThat(cancelled.getStatus().getCancellation().getEffectiveDate())
                .isEqualTo(Instant.parse(effectiveDate).toString());
        assertThat(cancelled.getStatus().getCancellation().getCompletedAt()).isNotBlank();
        assertThat(cancelled.getStatus().getInstall()).isNull();
        assertThat(condition(cancelled, "Cancelled").orElseThrow().getReason()).isEqualTo("TornDown");
        // Reported Cancelled only once nothing was left but the record itself, not in the hope that the garbage
        // collector gets to it.
        assertThat(LabelledResources.find(client, namespace.name(), customerLabels(customerId)))
                .containsExactly("xapp.io/v1alpha1 Assistant/" + name);
        await("a Cancelled Event").atMost(Assistants.TIMEOUT).until(() -> client.v1().events()
                .withField("involvedObject.name", name).list().getItems().stream()
                .anyMatch(e -> "Cancelled".equals(e.getReason())));

        await("the cancelled Assistant is deleted after its retention").atMost(Assistants.TIMEOUT)
                .until(() -> Assistants.get(client, name) == null);
        assertThat(LabelledResources.find(client, namespace.name(), customerLabels(customerId))).isEmpty();
    }

    private static Map<String, String> customerLabels(String customerId) {
        return Map.of(XappMetadata.CUSTOMER_ID_LABEL, CustomerNames.labelValue(customerId));
    }
}
