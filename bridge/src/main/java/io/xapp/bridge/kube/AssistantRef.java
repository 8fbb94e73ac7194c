package io.xapp.bridge.kube;

import io.xapp.api.v1alpha1.Assistant;

/** One Assistant by namespace and name. */
public record AssistantRef(String namespace, String name) {

    public static AssistantRef of(Assistant a) {
        return new AssistantRef(a.getMetadata().getNamespace(), a.getMetadata().getName());
    }

    /** {@code namespace/name}: what usage is recorded under. */
    public String key() {
        return namespace + "/" + name;
    }
}
