package io.xapp.operator.runtime;

import io.xapp.api.hash.Sha256;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.runtime.QaChecklist;
import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.api.v1alpha1.Assistant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the runtime's resources are rendered from, decided once per reconcile by the reconciler and handed
 * to the dependent resources through the workflow context, so every dependent renders from the same decision.
 */
public record RuntimeModel(
        String name,
        String namespace,
        Map<String, String> labels,
        String configJson,
        String checklistJson,
        RuntimeKeys keys,
        PartnerEnvironment.Tier tier,
        PartnerEnvironment.RuntimeSettings runtime,
        PartnerEnvironment.IngressSettings ingress) {

    private static final String CONTEXT_KEY = RuntimeModel.class.getName();

    /** @param checklist the finished pre-review checks of the current revision, for the QA preview */
    public static RuntimeModel of(Assistant assistant, RuntimeConfig config, Optional<QaChecklist> checklist,
            RuntimeKeys keys, PartnerEnvironment.Tier tier, PartnerEnvironment env) {
        return new RuntimeModel(assistant.getMetadata().getName(), assistant.getMetadata().getNamespace(),
                RuntimeLabels.of(assistant), config.toJson(), checklist.map(QaChecklist::toJson).orElse(null), keys,
                tier, env.runtime(), env.ingress());
    }

    public void putInto(Context<Assistant> context) {
        context.managedWorkflowAndDependentResourceContext().put(CONTEXT_KEY, this);
    }

    static RuntimeModel in(Context<Assistant> context) {
        return context.managedWorkflowAndDependentResourceContext().getMandatory(CONTEXT_KEY, RuntimeModel.class);
    }

    /** Name, namespace and labels shared by every resource of the runtime. */
    ObjectMeta metadata() {
        return new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(labels).build();
    }

    Map<String, String> podLabels() {
        Map<String, String> pod = new TreeMap<>(labels);
        pod.putAll(RuntimeLabels.podSelector(name));
        return pod;
    }

    /**
     * Changes when the configuration or a key changes, so the Deployment rolls its Pods to pick them up. The QA
     * checklist is left out: the runtime reads it on each preview request, and a new one must not restart it.
     */
    String contentHash() {
        StringBuilder content = new StringBuilder(configJson);
        keys.secretData().forEach((k, v) -> content.append(k).append('=').append(v).append('\n'));
        return Sha256.hex(content.toString()).substring(0, 16);
    }
}
