package io.xapp.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.xapp.operator.cache.MatchedByHash;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolloutTest {

    private static Deployment deployment(long generation, long observed, int updated, int total, int available) {
        return new DeploymentBuilder().withNewMetadata().withName("ast-a").withNamespace("customers")
                .withGeneration(generation).endMetadata()
                .withNewSpec().withReplicas(2).endSpec()
                .withNewStatus().withObservedGeneration(observed).withUpdatedReplicas(updated).withReplicas(total)
                .withAvailableReplicas(available).withReadyReplicas(available).endStatus().build();
    }

    @Test
    void completeOnlyWhenTheLatestSpecRunsOnEveryAvailableReplica() {
        assertThat(Rollout.of(Optional.empty()).complete()).isFalse();
        assertThat(Rollout.of(Optional.of(deployment(2, 1, 2, 2, 2))).message()).contains("not picked up");
        assertThat(Rollout.of(Optional.of(deployment(2, 2, 1, 2, 2))).message()).contains("1 of 2 replicas run");
        assertThat(Rollout.of(Optional.of(deployment(2, 2, 2, 3, 2))).message()).contains("old replicas");
        assertThat(Rollout.of(Optional.of(deployment(2, 2, 2, 2, 1))).message()).contains("1 of 2 replicas are")
                .as("where to see a first crawl's progress").endsWith("how far it has come: kubectl logs -n customers "
                        + "deploy/ast-a)");
        Rollout done = Rollout.of(Optional.of(deployment(2, 2, 2, 2, 2)));
        assertThat(done.complete()).isTrue();
        assertThat(done.readyReplicas()).isEqualTo(2);
    }

    @Test
    void theDeploymentAsCachedStillTellsTheRollout() {
        Deployment cached = MatchedByHash.trim(deployment(2, 2, 2, 2, 1));
        assertThat(cached.getSpec().getTemplate()).isNull();
        assertThat(Rollout.of(Optional.of(cached))).isEqualTo(Rollout.of(Optional.of(deployment(2, 2, 2, 2, 1))));
        assertThat(Rollout.of(Optional.of(MatchedByHash.trim(deployment(2, 2, 2, 2, 2)))).complete()).isTrue();
    }
}
