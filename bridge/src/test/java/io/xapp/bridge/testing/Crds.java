package io.xapp.bridge.testing;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Installs the committed CRDs (crds/*.yml) into the test cluster and waits until they are served. */
public final class Crds {

    private static boolean applied;

    private Crds() {
    }

    public static synchronized void apply(KubernetesClient client) {
        if (applied) {
            return;
        }
        for (String file : new String[] {"assistants.xapp.io-v1.yml", "assistanttemplates.xapp.io-v1.yml"}) {
            Path path = RepoPaths.root().resolve("crds").resolve(file);
            try (InputStream in = Files.newInputStream(path)) {
                CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().load(in).item();
                crd.getMetadata().setResourceVersion(null);
                client.resource(crd).fieldManager("xapp-bridge-tests").forceConflicts().serverSideApply();
                client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                        .waitUntilCondition(c -> c.getStatus() != null && c.getStatus().getConditions().stream()
                                .anyMatch(x -> "Established".equals(x.getType()) && "True".equals(x.getStatus())),
                                60, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        }
        applied = true;
    }
}
