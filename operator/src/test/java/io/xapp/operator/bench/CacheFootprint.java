package io.xapp.operator.bench;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.kube.TrimmedItemStore;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.cache.MatchedByHash;
import java.util.List;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;

/**
 * What one Assistant costs in the operator's informer caches, kind by kind: the mean heap size of the objects as
 * the fabric8 client deserialises them (the operator's caches hold the same objects), and how much of it their
 * managed fields are, and the size as the operator's item stores keep them. Measured with JOL in the benchmark's
 * JVM, on the objects the benchmark's burst made.
 */
final class CacheFootprint {

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Assistant", Assistant.class, "Deployment", Deployment.class, "Service", Service.class,
            "ConfigMap", ConfigMap.class, "Secret", Secret.class);

    private CacheFootprint() {
    }

    /** One line per kind: count, mean KiB per object, of which managed fields, as they come from the API server. */
    static String measure(KubernetesClient client) {
        StringBuilder out = new StringBuilder();
        KINDS.forEach((kind, type) -> {
            List<? extends HasMetadata> items = (type == Assistant.class ? client.resources(type)
                    : client.resources(type).withLabel(XappMetadata.MANAGED_BY_LABEL, "xapp-operator")).list()
                    .getItems();
            if (items.isEmpty()) {
                return;
            }
            long total = GraphLayout.parseInstance(items.toArray()).totalSize();
            long managed = GraphLayout.parseInstance(items.stream()
                    .map(i -> i.getMetadata().getManagedFields()).toArray()).totalSize();
            // Trimmed as the operator's item stores trim them (the Assistant and the Secret lose managed fields only).
            items.forEach(i -> {
                if (i instanceof Assistant || i instanceof Secret) {
                    TrimmedItemStore.withoutManagedFields(i);
                } else {
                    MatchedByHash.trim(i);
                }
            });
            long cached = GraphLayout.parseInstance(items.toArray()).totalSize();
            out.append(String.format("  %-10s %6d objects, %6.1f KiB each, of which managed fields %5.1f KiB;"
                    + " as cached %5.1f KiB%n", kind, items.size(), total / 1024.0 / items.size(),
                    managed / 1024.0 / items.size(), cached / 1024.0 / items.size()));
        });
        return out.toString();
    }
}
