package io.xapp.testing.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

/** The garbage collector of kube-controller-manager follows ownerReferences. */
@LocalCluster
class GarbageCollectionTest {

    KubernetesClient client;

    @Test
    void deletingAnOwnerDeletesItsDependents() {
        ConfigMap owner = client.configMaps().resource(new ConfigMapBuilder()
                .withNewMetadata().withName("owner").endMetadata().build()).create();
        var ownerRef = new OwnerReferenceBuilder()
                .withApiVersion("v1").withKind("ConfigMap")
                .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                .build();
        client.configMaps().resource(new ConfigMapBuilder()
                .withNewMetadata().withName("dependent-config").withOwnerReferences(ownerRef).endMetadata()
                .build()).create();
        client.secrets().resource(new SecretBuilder()
                .withNewMetadata().withName("dependent-secret").withOwnerReferences(ownerRef).endMetadata()
                .addToStringData("key", "value").build()).create();
        client.configMaps().resource(new ConfigMapBuilder()
                .withNewMetadata().withName("bystander").endMetadata().build()).create();

        client.configMaps().withName("owner").delete();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(client.configMaps().withName("dependent-config").get()).isNull();
            assertThat(client.secrets().withName("dependent-secret").get()).isNull();
        });
        assertThat(client.configMaps().withName("bystander").get()).isNotNull();
    }

    @Test
    void deletingADeploymentDeletesItsReplicaSetsAndPods() {
        client.apps().deployments().resource(new DeploymentBuilder()
                .withNewMetadata().withName("gc").endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector().addToMatchLabels("app", "gc").endSelector()
                .withNewTemplate()
                .withNewMetadata().addToLabels("app", "gc").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("registry.invalid/gc:1").endContainer().endSpec()
                .endTemplate()
                .endSpec()
                .build()).create();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(client.apps().replicaSets().withLabel("app", "gc").list().getItems()).hasSize(1);
            assertThat(client.pods().withLabel("app", "gc").list().getItems()).hasSize(1);
        });

        client.apps().deployments().withName("gc").delete();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(client.apps().replicaSets().withLabel("app", "gc").list().getItems()).isEmpty();
            assertThat(client.pods().withLabel("app", "gc").list().getItems()).isEmpty();
        });
    }
}
