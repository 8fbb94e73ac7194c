package io.xapp.testing.support;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything carrying some labels in a namespace, over every namespaced kind the API server serves (found by
 * discovery, so kinds nobody thought of, such as EndpointSlices or a CRD added later, are looked at too).
 */
public final class LabelledResources {

    private LabelledResources() {
    }

    /** {@code "<group/version> <Kind>/<name>"} of each object in {@code namespace} with all of {@code labels}. */
    public static List<String> find(KubernetesClient client, String namespace, Map<String, String> labels) {
        List<String> found = new ArrayList<>();
        List<String> groupVersions = new ArrayList<>(List.of("v1"));
        client.getApiGroups().getGroups().forEach(g -> groupVersions.add(g.getPreferredVersion().getGroupVersion()));
        for (String groupVersion : groupVersions) {
            for (APIResource r : client.getApiResources(groupVersion).getResources()) {
                if (!Boolean.TRUE.equals(r.getNamespaced()) || r.getName().contains("/")
                        || !r.getVerbs().contains("list")) {
                    continue;
                }
                client.genericKubernetesResources(groupVersion, r.getKind()).inNamespace(namespace)
                        .withLabels(labels).list().getItems()
                        .forEach(item -> found.add(groupVersion + " " + r.getKind() + "/"
                                + item.getMetadata().getName()));
            }
        }
        return found;
    }
}
