package io.xapp.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolloutUpdateFilterTest {

    private final RolloutUpdateFilter filter = new RolloutUpdateFilter();

    private static DeploymentBuilder deployment(int available, String conditionReason) {
        return new DeploymentBuilder().withNewMetadata().withName("ast-a").withGeneration(1L)
                .withAnnotations(Map.of(RuntimeDependent.APPLIED_HASH_ANNOTATION, "h1")).endMetadata()
                .withNewSpec().withReplicas(1).endSpec()
                .withNewStatus().withObservedGeneration(1L).withUpdatedReplicas(1).withReplicas(1)
                .withAvailableReplicas(available).withReadyReplicas(available)
                .addNewCondition().withType("Progressing").withStatus("True").withReason(conditionReason)
                .endCondition().endStatus();
    }

    @Test
    void aStatusWriteThatLeavesTheRolloutAsItWasIsDropped() {
        Deployment before = deployment(1, "ReplicaSetUpdated").build();
        Deployment after = deployment(1, "NewReplicaSetAvailable").editMetadata().withResourceVersion("7")
                .endMetadata().build();
        assertThat(filter.accept(after, before)).isFalse();
    }

    @Test
    void aReplicaBecomingAvailablePasses() {
        assertThat(filter.accept(deployment(1, "ReplicaSetUpdated").build(), deployment(0, "ReplicaSetUpdated")
                .build())).isTrue();
    }

    @Test
    void aSpecEditAndAnEditedHashPass() {
        Deployment before = deployment(1, "NewReplicaSetAvailable").build();
        assertThat(filter.accept(deployment(1, "NewReplicaSetAvailable").editMetadata().withGeneration(2L)
                .endMetadata().build(), before)).isTrue();
        assertThat(filter.accept(deployment(1, "NewReplicaSetAvailable").editMetadata()
                .addToAnnotations(RuntimeDependent.APPLIED_HASH_ANNOTATION, "edited").endMetadata().build(), before))
                .isTrue();
    }
}
