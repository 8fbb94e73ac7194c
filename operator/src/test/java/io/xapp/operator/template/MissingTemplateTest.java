package io.xapp.operator.template;

import static io.xapp.operator.testing.Assistants.assistant;
import static io.xapp.operator.testing.Assistants.awaitPhase;
import static io.xapp.operator.testing.Assistants.awaitUntil;
import static io.xapp.operator.testing.Assistants.condition;
import static io.xapp.operator.testing.Assistants.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantTemplate;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.OperatorHarness;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An Assistant whose template is missing or invalid waits with a clear condition and continues once it is fixed. */
@LocalCluster
class MissingTemplateTest {

    @RegisterExtension
    static final OperatorHarness harness = OperatorHarness.with(new PartnerConfig());

    KubernetesClient client;
    TestNamespace namespace;

    @Test
    void waitsForAMissingTemplateAndProceedsWhenItIsCreated() {
        Assistant spec = assistant("no-template-yet", harness.siteUrl(), "basic");
        spec.getSpec().setTemplate("salon-booking");
        String name = client.resource(spec).create().getMetadata().getName();

        Assistant pending = awaitUntil(client, name, "TemplateResolved=False TemplateNotFound",
                hasCondition("TemplateResolved", "False", "TemplateNotFound"));
        assertThat(pending.getStatus().getPhase()).isEqualTo(Phase.Pending);
        assertThat(condition(pending, "TemplateResolved").orElseThrow().getMessage())
                .contains("salon-booking", namespace.name(), "create it");
        assertThat(condition(pending, "Ready").orElseThrow().getReason()).isEqualTo("Pending");
        assertThat(client.apps().deployments().withName(name).get()).isNull();

        client.resource(Assistants.template("salon-booking")).create();

        Assistant awaiting = awaitPhase(client, name, Phase.AwaitingQA);
        assertThat(condition(awaiting, "TemplateResolved").orElseThrow().getStatus()).isEqualTo("True");
        await("the template counts its user").atMost(Assistants.TIMEOUT).until(() -> usedBy("salon-booking"),
                n -> n != null && n == 1);
    }

    @Test
    void anInvalidTemplateHoldsItsAssistantsUntilFixed() {
        AssistantTemplate broken = Assistants.template("broken-template");
        broken.getSpec().setGreeting("Hi from {owner}!");
        client.resource(broken).create();
        Assistant spec = assistant("invalid-template", harness.siteUrl(), "basic");
        spec.getSpec().setTemplate("broken-template");
        String name = client.resource(spec).create().getMetadata().getName();

        Assistant pending = awaitUntil(client, name, "TemplateResolved=False TemplateInvalid",
                hasCondition("TemplateResolved", "False", "TemplateInvalid"));
        assertThat(condition(pending, "TemplateResolved").orElseThrow().getMessage()).contains("{owner}");
        await("the template reports itself invalid").atMost(Assistants.TIMEOUT).untilAsserted(() ->
                assertThat(client.resources(AssistantTemplate.class).withName("broken-template").get().getStatus()
                        .getConditions()).anySatisfy(c -> {
                            assertThat(c.getType()).isEqualTo("Ready");
                            assertThat(c.getStatus()).isEqualTo("False");
                            assertThat(c.getMessage()).contains("{owner}");
                        }));

        client.resources(AssistantTemplate.class).withName("broken-template").edit(t -> {
            t.getSpec().setGreeting("Hi from {company}!");
            return t;
        });
        awaitPhase(client, name, Phase.AwaitingQA);
    }

    private Integer usedBy(String template) {
        AssistantTemplate t = client.resources(AssistantTemplate.class).withName(template).get();
        return t == null || t.getStatus() == null ? null : t.getStatus().getUsedBy();
    }
}
