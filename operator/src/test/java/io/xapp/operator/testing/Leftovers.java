package io.xapp.operator.testing;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What is labelled with a customer in a namespace, over every namespaced kind the API server lists (discovery). */
public final class Leftovers {

    private Leftovers() {
    }

    public static List<String> labelled(KubernetesClient client, String namespace, Map<String, String> labels) {
        List<String> found = new ArrayList<>();
        List<String> groupVersions = new ArrayList<>(List.of("v1"));
        client.getApiGroups().getGroups().forEach(g -> g.getVersions().forEach(v -> groupVersions.add(
                v.getGroupVersion())));
        for (String groupVersion : groupVersions) {
            for (APIResource r : client.getApiResources(groupVersion).getResources()) {
                if (!Boolean.TRUE.equals(r.getNamespaced()) || r.getName().contains("/")
                        || !r.getVerbs().contains("list")) {
                    continue;
                }
                client.genericKubernetesResources(groupVersion, r.getKind()).inNamespace(namespace)
                        .withLabels(labels).list().getItems()
                        .forEach((GenericKubernetesResource item) -> found.add(groupVersion + " " + r.getKind()
                                + "/" + item.getMetadata().getName()));
            }
        }
        return found;
    }
}
