package io.xapp.testing.platform;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.platform.tools.Command;
import io.xapp.testing.platform.tools.Helm;
import io.xapp.testing.platform.tools.YamlFiles;
import io.xapp.testing.support.Crds;
import io.xapp.testing.support.Repo;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One release of the chart, installed with {@code helm upgrade --install --wait} into a namespace of its own on the
 * local control plane, with {@code helm/values-local.yaml} plus the run's own values. Closing it removes everything
 * it made: the Assistants (finalizers included), the release (cluster-scoped QA policy and binding included), the
 * namespace.
 */
public final class LocalRelease implements AutoCloseable {

    /** The values every release on the local control plane uses. */
    public static final Path LOCAL_VALUES = Repo.resolve("helm/values-local.yaml");
    private static final Duration ASSISTANTS_GONE = Duration.ofSeconds(90);

    private final KubeCluster cluster;
    private final String name;
    private final String namespace;

    private LocalRelease(KubeCluster cluster, String name, String namespace) {
        this.cluster = cluster;
        this.name = name;
        this.namespace = namespace;
    }

    /** Creates {@code namespace} (new; labelled as a test namespace) and installs release {@code name} into it. */
    public static LocalRelease install(KubeCluster cluster, String name, String namespace, Map<String, ?> values) {
        cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .addToLabels(TestNamespace.LABEL, "true").endMetadata().build()).create();
        // Helm installs a chart's CRDs only when they are missing, never upgrades them: this checkout's, first.
        Crds.apply(cluster.client(), "xapp-e2e");
        LocalRelease release = new LocalRelease(cluster, name, namespace);
        Path runValues = YamlFiles.write(YamlFiles.workDir(namespace).resolve("values.yaml"), values);
        try {
            Helm.forCluster(cluster.kubeconfig()).installOrFail(name, namespace, LOCAL_VALUES, runValues);
        } catch (AssertionError | RuntimeException e) {
            release.close();
            throw e;
        }
        return release;
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    /** The name of the release's Deployment of a component ({@code operator}, {@code bridge}). */
    public String deployment(String component) {
        return cluster.client().apps().deployments().inNamespace(namespace)
                .withLabel("app.kubernetes.io/instance", name).withLabel("app.kubernetes.io/component", component)
                .list().getItems().stream().map(Deployment::getMetadata).map(m -> m.getName()).findFirst()
                .orElseThrow(() -> new AssertionError("release " + name + " has no " + component + " Deployment in "
                        + namespace));
    }

    /**
     * Deletes every Assistant of the namespace and waits for the operator's teardown; what is still there after
     * that (no operator running) loses its finalizer, so the namespace can go.
     */
    public void deleteAssistants() {
        KubernetesClient client = cluster.client();
        client.resources(Assistant.class).inNamespace(namespace).delete();
        Instant deadline = Instant.now().plus(ASSISTANTS_GONE);
        while (!client.resources(Assistant.class).inNamespace(namespace).list().getItems().isEmpty()
                && Instant.now().isBefore(deadline)) {
            sleep();
        }
        for (Assistant left : client.resources(Assistant.class).inNamespace(namespace).list().getItems()) {
            client.resources(Assistant.class).inNamespace(namespace).withName(left.getMetadata().getName())
                    .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"finalizers\":null}}");
        }
    }

    /** {@code helm uninstall}; returns what helm said when it failed, else null. */
    public Command.Result uninstall() {
        return Helm.forCluster(cluster.kubeconfig()).uninstall(name, namespace);
    }

    @Override
    public void close() {
        deleteAssistants();
        Command.Result uninstalled = uninstall();
        if (!uninstalled.ok() && !uninstalled.stderr().contains("not found")) {
            System.err.println("[e2e] helm uninstall " + name + " failed: " + uninstalled.output());
        }
        // Nothing holds it up any more (no finalizers left): the namespace controller removes the rest.
        TestNamespace.delete(cluster.client(), namespace);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Assistants to go", e);
        }
    }
}
