package io.xapp.testing.support;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Applies the committed CRDs ({@code crds/*.yml}, generated from api/) and waits until they are served. */
public final class Crds {

    private static final long ESTABLISHED_SECONDS = 60;

    private Crds() {
    }

    /** Server-side applies every CRD of {@code crds/} with {@code fieldManager}, then waits for Established. */
    public static void apply(KubernetesClient client, String fieldManager) {
        for (Path file : files()) {
            try (InputStream in = Files.newInputStream(file)) {
                CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().load(in).item();
                crd.getMetadata().setResourceVersion(null);
                client.resource(crd).fieldManager(fieldManager).forceConflicts().serverSideApply();
                client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                        .waitUntilCondition(Crds::established, ESTABLISHED_SECONDS, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    /** The CRD files of the repository. */
    public static List<Path> files() {
        try (Stream<Path> list = Files.list(Repo.resolve("crds"))) {
            return list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list crds/", e);
        }
    }

    private static boolean established(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions().stream()
                .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
