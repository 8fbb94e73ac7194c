package io.xapp.testing.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;

/**
 * The namespace created for one test class by {@link LocalCluster}, deleted
 * after the class. Its name is unique ({@code <class>-<random>}) and it carries
 * the label {@value #LABEL}{@code =true}.
 */
public final class TestNamespace {

    /** Label on every namespace created by the extension. */
    public static final String LABEL = "xapp.io/test-namespace";

    private final String name;
    private final KubeCluster cluster;
    private final KubernetesClient client;

    TestNamespace(String name, KubeCluster cluster, KubernetesClient client) {
        this.name = name;
        this.cluster = cluster;
        this.client = client;
    }

    /**
     * Deletes a namespace a test made, first releasing its custom resources' finalizers: the controller that would
     * remove them (an operator under test) has stopped by now, and left alone they would keep the namespace
     * Terminating for ever on a cluster that outlives the test run.
     */
    public static void delete(KubernetesClient client, String namespace) {
        try {
            for (NamespacedKinds.Kind k : NamespacedKinds.find(client, group -> !NamespacedKinds.builtIn(group))) {
                var resources = client.genericKubernetesResources(k.groupVersion(), k.kind()).inNamespace(namespace);
                resources.list().getItems().stream().filter(item -> !item.getMetadata().getFinalizers().isEmpty())
                        .forEach(item -> resources.withName(item.getMetadata().getName()).edit(live -> {
                            live.getMetadata().setFinalizers(List.of());
                            return live;
                        }));
            }
        } catch (KubernetesClientException e) {
            System.err.println("[xapp-testing] could not release finalizers in " + namespace + ": " + e.getMessage());
        }
        client.namespaces().withName(namespace).delete();
    }

    /** The namespace's name. */
    public String name() {
        return name;
    }

    /** The cluster. */
    public KubeCluster cluster() {
        return cluster;
    }

    /** The admin client whose default namespace is this one (the injected one; do not close it). */
    public KubernetesClient client() {
        return client;
    }

    /**
     * A new client impersonating {@code user} in {@code groups}, defaulting to this
     * namespace. The user needs RBAC rights here (for example a RoleBinding to the
     * {@code edit} ClusterRole). Close it.
     */
    public KubernetesClient impersonating(String user, String... groups) {
        return cluster.impersonating(name, user, groups);
    }

    /**
     * A new client authenticated as the token user {@code user} ({@link KubeCluster#QA_USER}
     * or {@link KubeCluster#DEV_USER}), defaulting to this namespace. Close it.
     */
    public KubernetesClient clientForUser(String user) {
        return cluster.clientForUser(user, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
