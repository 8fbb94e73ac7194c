package io.xapp.testing.kube;

import io.fabric8.kubernetes.client.KubernetesClient;

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
