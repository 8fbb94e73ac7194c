package io.xapp.operator.assistant;

import static io.xapp.operator.testing.Assistants.assistant;
import static io.xapp.operator.testing.Assistants.awaitPhase;
import static io.xapp.operator.testing.Assistants.awaitUntil;
import static io.xapp.operator.testing.Assistants.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.LocalOperator;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.operator.testing.Volumes;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operators stopped mid-way (during site analysis, then while the runtime is being provisioned) leave work that the
 * next one picks up from the world as it is: one of each resource, the same keys, nothing re-created.
 */
@LocalCluster
class OperatorRestartTest {

    static String storageClass;

    KubernetesClient client;
    TestNamespace namespace;

    @AfterAll
    static void removeVolume(TestNamespace namespace) {
        Volumes.remove(namespace.cluster().client(), storageClass);
    }

    @Test
    void anOperatorRestartedMidProvisioningConvergesWithoutDuplicates(@TempDir Path dir) {
        storageClass = "xapp-" + namespace.name();
        Path partner = new PartnerConfig().persistence(storageClass).write(dir.resolve("partner.yaml"));
        client.resource(Assistants.template(Assistants.TEMPLATE)).create();
        String name;
        try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"))) {
            site.delayResponses(Duration.ofSeconds(3));
            try (LocalOperator first = LocalOperator.start(namespace.cluster(), namespace.name(), partner)) {
                name = client.resource(assistant("restart-1", site.baseUri().toString(), "growth")).create()
                        .getMetadata().getName();
                awaitPhase(client, name, Phase.Analyzing);
            }
            site.delayResponses(Duration.ZERO);

            Map<String, String> identity;
            try (LocalOperator second = LocalOperator.start(namespace.cluster(), namespace.name(), partner)) {
                // The claim cannot bind yet, so the runtime stays unavailable: stop while it is being provisioned.
                awaitUntil(client, name, "Provisioning", hasCondition("RuntimeAvailable", "False", "RollingOut")
                        .and(a -> a.getStatus().getPhase() == Phase.Provisioning));
                identity = children(name);
                assertThat(identity).containsOnlyKeys("Deployment/" + name, "Secret/" + name,
                        "ConfigMap/" + name, "Service/" + name, "PersistentVolumeClaim/" + name);
            }

            try (LocalOperator third = LocalOperator.start(namespace.cluster(), namespace.name(), partner)) {
                await("the new operator reconciled the Assistant").atMost(Assistants.TIMEOUT)
                        .until(() -> third.registry().find("xapp.reconcile").tag("controller", "assistant")
                                .timers().stream().mapToLong(t -> t.count()).sum() > 0);
                Volumes.offer(namespace.cluster().client(), storageClass, storageClass);
                awaitPhase(client, name, Phase.AwaitingQA);
                // Same objects, same versions: nothing re-created, the Secret's keys untouched, no new rollout.
                assertThat(children(name)).isEqualTo(identity);
                assertThat(client.apps().replicaSets().withLabel(XappMetadata.ASSISTANT_LABEL, name).list()
                        .getItems()).hasSize(1);
            }
        }
    }

    /** {@code Kind/name -> uid:resourceVersion} of everything the operator made for the Assistant. */
    private Map<String, String> children(String name) {
        Map<String, String> found = new TreeMap<>();
        List<? extends HasMetadata> all = List.of(client.apps().deployments(), client.secrets(), client.configMaps(),
                client.services(), client.persistentVolumeClaims()).stream()
                .flatMap(kind -> kind.withLabel(XappMetadata.ASSISTANT_LABEL, name).list().getItems().stream())
                .toList();
        all.forEach(r -> found.put(r.getKind() + "/" + r.getMetadata().getName(),
                r.getMetadata().getUid() + ":" + versionOf(r)));
        return found;
    }

    // Deployment and claim status move as the runtime comes up; their spec generation must not.
    private static String versionOf(HasMetadata r) {
        return switch (r.getKind()) {
            case "Deployment", "PersistentVolumeClaim" -> "gen" + r.getMetadata().getGeneration();
            default -> r.getMetadata().getResourceVersion();
        };
    }
}
