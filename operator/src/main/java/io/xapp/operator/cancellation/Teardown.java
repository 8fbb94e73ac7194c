package io.xapp.operator.cancellation;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.operator.runtime.RuntimeLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deletes everything made for one customer and reports what is still there, so "torn down" is observed, not
 * assumed from garbage collection. Selects by the customer and assistant labels, which the operator puts on
 * everything it makes and Kubernetes copies onto what those make (ReplicaSets, Pods, EndpointSlices).
 */
public final class Teardown {

    /**
     * Workloads first, so crawling stops before the data goes; then what they used. Endpoints and EndpointSlices are
     * the control plane's and go with their Service: they are only waited for.
     */
    private static final List<Kind> KINDS = List.of(
            new Kind(Deployment.class, true),
            new Kind(ReplicaSet.class, true),
            new Kind(Pod.class, true),
            new Kind(Ingress.class, true),
            new Kind(Service.class, true),
            new Kind(ConfigMap.class, true),
            new Kind(Secret.class, true),
            new Kind(PersistentVolumeClaim.class, true),
            new Kind(EndpointSlice.class, false),
            new Kind(Endpoints.class, false));

    private record Kind(Class<? extends HasMetadata> type, boolean delete) {
    }

    private Teardown() {
    }

    /**
     * Deletes what is left of the Assistant's resources (those not already being deleted).
     *
     * @return what still exists, as {@code Kind/name}; empty once everything is gone
     */
    public static List<String> run(KubernetesClient client, Assistant assistant) {
        String namespace = assistant.getMetadata().getNamespace();
        Map<String, String> labels = RuntimeLabels.customer(assistant);
        List<String> remaining = new ArrayList<>();
        for (Kind kind : KINDS) {
            var resources = client.resources(kind.type()).inNamespace(namespace).withLabels(labels);
            for (HasMetadata r : resources.list().getItems()) {
                remaining.add(r.getKind() + "/" + r.getMetadata().getName());
                if (kind.delete() && r.getMetadata().getDeletionTimestamp() == null) {
                    client.resource(r).delete();
                }
            }
        }
        return remaining;
    }
}
