package io.xapp.testing.kube;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The namespaced, listable kinds the API server serves, found by discovery (so kinds nobody thought of, such as
 * EndpointSlices or a CRD added later, are included), each at its group's preferred version.
 */
public final class NamespacedKinds {

    /** A kind as the generic client addresses it. */
    public record Kind(String groupVersion, String kind) {
    }

    private NamespacedKinds() {
    }

    /** Every such kind whose API group name ({@code ""} for the core group) passes {@code groups}. */
    public static List<Kind> find(KubernetesClient client, Predicate<String> groups) {
        List<String> groupVersions = new ArrayList<>();
        if (groups.test("")) {
            groupVersions.add("v1");
        }
        client.getApiGroups().getGroups().stream().filter(g -> groups.test(g.getName()))
                .forEach(g -> groupVersions.add(g.getPreferredVersion().getGroupVersion()));
        List<Kind> kinds = new ArrayList<>();
        for (String groupVersion : groupVersions) {
            APIResourceList resources = client.getApiResources(groupVersion);
            if (resources == null) {
                // Listed a moment ago, gone now: a custom resource definition deleted meanwhile (a 404 reads as null).
                continue;
            }
            for (APIResource r : resources.getResources()) {
                if (Boolean.TRUE.equals(r.getNamespaced()) && !r.getName().contains("/")
                        && r.getVerbs().contains("list")) {
                    kinds.add(new Kind(groupVersion, r.getKind()));
                }
            }
        }
        return kinds;
    }

    /** Groups that come with Kubernetes: the core group and names without a dot or under {@code .k8s.io}. */
    public static boolean builtIn(String group) {
        return !group.contains(".") || group.endsWith(".k8s.io");
    }
}
