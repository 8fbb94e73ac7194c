package io.xapp.operator.testing;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.AssistantTemplate;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.AssistantTemplateSpec.CallToAction;
import io.xapp.api.v1alpha1.Condition;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Builders and waits for Assistants and templates in tests. Waits are generous: they wait for behaviour. */
public final class Assistants {

    public static final Duration TIMEOUT = Duration.ofSeconds(120);
    public static final String TEMPLATE = "local-business";

    private Assistants() {
    }

    /** An Assistant as the bridge would create it for {@code customerId}, named by the contract's rule. */
    public static Assistant assistant(String customerId, String website, String tier) {
        AssistantSpec spec = new AssistantSpec();
        spec.setCustomerId(customerId);
        spec.setCompanyName("Brightside Family Dental");
        spec.setWebsite(website);
        spec.setTier(tier);
        spec.setContractLengthMonths(12);
        spec.setTemplate(TEMPLATE);
        Assistant a = new Assistant();
        a.getMetadata().setName(CustomerNames.assistantName(customerId));
        a.getMetadata().setLabels(new java.util.HashMap<>(java.util.Map.of(XappMetadata.CUSTOMER_ID_LABEL,
                CustomerNames.labelValue(customerId))));
        a.setSpec(spec);
        return a;
    }

    /** An Assistant as a person writes it for kubectl: a name of their choosing and no labels. */
    public static Assistant byHand(String name, String customerId, String website, String tier) {
        Assistant a = assistant(customerId, website, tier);
        a.getMetadata().setName(name);
        a.getMetadata().setLabels(null);
        return a;
    }

    /** Creates {@link #assistant} and waits until it awaits QA; returns its name. */
    public static String createAwaitingQa(KubernetesClient client, String customerId, String website, String tier) {
        String name = client.resource(assistant(customerId, website, tier)).create().getMetadata().getName();
        awaitPhase(client, name, Phase.AwaitingQA);
        return name;
    }

    public static AssistantTemplate template(String name) {
        AssistantTemplateSpec spec = new AssistantTemplateSpec();
        spec.setDisplayName("Local business");
        spec.setPersona("the friendly front desk of {company}");
        spec.setGreeting("Hi! I'm the {company} assistant.");
        spec.setSuggestedQuestions(List.of("What services do you offer?", "What are your opening hours?"));
        spec.setCallsToAction(List.of(new CallToAction(CallToAction.Type.LEAD_CAPTURE, "Talk to our team")));
        AssistantTemplate t = new AssistantTemplate();
        t.getMetadata().setName(name);
        t.setSpec(spec);
        return t;
    }

    public static Assistant get(KubernetesClient client, String name) {
        return client.resources(Assistant.class).withName(name).get();
    }

    public static Optional<Condition> condition(Assistant a, String type) {
        return a == null || a.getStatus() == null ? Optional.empty() : a.getStatus().condition(type);
    }

    /** Waits until the Assistant satisfies {@code check}, and returns it. */
    public static Assistant awaitUntil(KubernetesClient client, String name, String what, Predicate<Assistant> check) {
        return await(what + " (" + name + ")").atMost(TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> get(client, name), a -> a != null && check.test(a));
    }

    public static Assistant awaitPhase(KubernetesClient client, String name, Phase phase) {
        return awaitUntil(client, name, "phase " + phase,
                a -> a.getStatus() != null && a.getStatus().getPhase() == phase);
    }

    public static Predicate<Assistant> hasCondition(String type, String status, String reason) {
        return a -> condition(a, type).filter(c -> status.equals(c.getStatus()) && reason.equals(c.getReason()))
                .isPresent();
    }

    /** Sets ({@code null}: removes) one annotation, as {@code kubectl annotate} does: a merge patch. */
    public static void annotate(KubernetesClient client, String name, String key, String value) {
        Map<String, Object> annotations = new HashMap<>();
        annotations.put(key, value);
        client.resources(Assistant.class).withName(name).patch(PatchContext.of(PatchType.JSON_MERGE),
                Serialization.asJson(Map.of("metadata", Map.of("annotations", annotations))));
    }

    /**
     * Changes the Assistant as a person with {@code kubectl edit} would, trying again when the operator wrote its
     * status in between (409 Conflict).
     */
    public static Assistant edit(KubernetesClient client, String name, UnaryOperator<Assistant> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.resources(Assistant.class).withName(name).edit(change);
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409 || attempt == 10) {
                    throw e;
                }
            }
        }
    }

    public static void approve(KubernetesClient client, String name) {
        annotate(client, name, XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED);
    }
}
