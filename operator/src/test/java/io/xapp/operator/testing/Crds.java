package io.xapp.operator.testing;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.testing.kube.KubeCluster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Applies the committed CRDs ({@code crds/}, the single source) to the cluster, once per JVM. */
public final class Crds {

    private static boolean applied;

    private Crds() {
    }

    public static synchronized void ensureApplied(KubeCluster cluster) {
        if (applied) {
            return;
        }
        KubernetesClient client = cluster.client();
        for (Path file : files()) {
            try (InputStream in = Files.newInputStream(file)) {
                CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().load(in).item();
                crd.getMetadata().setManagedFields(null);
                client.apiextensions().v1().customResourceDefinitions().resource(crd)
                        .fieldManager("xapp-operator-tests").forceConflicts().serverSideApply();
                client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                        .waitUntilCondition(c -> c.getStatus() != null && c.getStatus().getConditions().stream()
                                .anyMatch(x -> "Established".equals(x.getType()) && "True".equals(x.getStatus())),
                                60, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        applied = true;
    }

    /** {@code <repo>/crds/*.yml}. */
    static List<Path> files() {
        Path dir = repoRoot().resolve("crds");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }

    public static Path repoRoot() {
        String root = System.getProperty("xapp.repo.root");
        return root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
    }
}
