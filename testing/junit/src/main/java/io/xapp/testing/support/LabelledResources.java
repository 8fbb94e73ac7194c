package io.xapp.testing.support;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.testing.kube.NamespacedKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything carrying some labels in a namespace, over every namespaced kind the API server serves
 * ({@link NamespacedKinds}: kinds nobody thought of, such as EndpointSlices or a CRD added later, are looked at too).
 */
public final class LabelledResources {

    private LabelledResources() {
    }

    /** {@code "<group/version> <Kind>/<name>"} of each object in {@code namespace} with all of {@code labels}. */
    public static List<String> find(KubernetesClient client, String namespace, Map<String, String> labels) {
        List<String> found = new ArrayList<>();
        for (NamespacedKinds.Kind k : NamespacedKinds.find(client, group -> true)) {
            client.genericKubernetesResources(k.groupVersion(), k.kind()).inNamespace(namespace).withLabels(labels)
                    .list().getItems()
                    .forEach(item -> found.add(k.groupVersion() + " " + k.kind() + "/" + item.getMetadata().getName()));
        }
        return found;
    }
}
