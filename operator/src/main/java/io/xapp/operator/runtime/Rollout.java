package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the runtime Deployment has rolled out its current spec and every replica is available, the way
 * {@code kubectl rollout status} decides it; so QA always reviews the revision that was asked for.
 */
public record Rollout(boolean complete, int replicas, int readyReplicas, String message) {

    public static Rollout of(Optional<Deployment> deployment) {
        if (deployment.isEmpty()) {
            return new Rollout(false, 0, 0, "the runtime Deployment does not exist yet");
        }
        Deployment d = deployment.get();
        String name = "Deployment " + d.getMetadata().getName();
        int wanted = Objects.requireNonNullElse(d.getSpec().getReplicas(), 1);
        var status = d.getStatus();
        if (status == null || status.getObservedGeneration() == null
                || status.getObservedGeneration() < d.getMetadata().getGeneration()) {
            return new Rollout(false, wanted, 0, name + " has not picked up its latest spec yet");
        }
        int updated = orZero(status.getUpdatedReplicas());
        int total = orZero(status.getReplicas());
        int available = orZero(status.getAvailableReplicas());
        int ready = orZero(status.getReadyReplicas());
        if (updated < wanted) {
            return new Rollout(false, wanted, ready, name + ": " + updated + " of " + wanted
                    + " replicas run the latest spec");
        }
        if (total > updated) {
            return new Rollout(false, wanted, ready, name + ": " + (total - updated)
                    + " old replicas are still terminating");
        }
        if (available < updated) {
            // A runtime is ready once it has an index: a first crawl of a large site takes minutes, and says how far
            // it has come only in the runtime's log and readiness check.
            return new Rollout(false, wanted, ready, name + ": " + available + " of " + updated
                    + " replicas are available (a runtime is once it has crawled and indexed the website; how far it "
                    + "has come: kubectl logs " + namespaceOption(d) + "deploy/" + d.getMetadata().getName() + ")");
        }
        return new Rollout(true, wanted, ready, name + ": " + available + " of " + wanted
                + " replicas are available");
    }

    private static String namespaceOption(Deployment d) {
        String namespace = d.getMetadata().getNamespace();
        return namespace == null ? "" : "-n " + namespace + " ";
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
