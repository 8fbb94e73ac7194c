package io.xapp.testing.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

/** Scheduler, Deployment/ReplicaSet controllers and kwok together: a Deployment becomes Available. */
@LocalCluster
class DeploymentTest {

    KubernetesClient client;

    @Test
    void deploymentBecomesAvailableOnAKwokNode() {
        Deployment deployment = new DeploymentBuilder()
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec()
                .withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate()
                .withNewMetadata().addToLabels("app", "web").endMetadata()
                .withNewSpec()
                .addNewContainer().withName("web").withImage("registry.invalid/web:1").endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
        client.apps().deployments().resource(deployment).create();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Deployment d = client.apps().deployments().withName("web").get();
            assertThat(d.getStatus()).isNotNull();
            assertThat(d.getStatus().getConditions())
                    .anySatisfy(c -> {
                        assertThat(c.getType()).isEqualTo("Available");
                        assertThat(c.getStatus()).isEqualTo("True");
                    });
            assertThat(d.getStatus().getAvailableReplicas()).isEqualTo(2);
        });

        List<Pod> pods = client.pods().withLabel("app", "web").list().getItems();
        assertThat(pods).hasSize(2).allSatisfy(pod -> {
            assertThat(pod.getSpec().getNodeName()).startsWith("kwok-node-");
            assertThat(pod.getStatus().getPhase()).isEqualTo("Running");
        });
    }
}
