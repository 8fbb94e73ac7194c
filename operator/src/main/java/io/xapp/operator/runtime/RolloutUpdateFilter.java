package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import java.util.Objects;
import java.util.Optional;

/**
 * Which updates of a runtime Deployment need a reconcile of its Assistant: the reconciler reads a Deployment only
 * as its {@link Rollout} and its applied hash, so an update that changes neither (the Deployment controller
 * rewrites the status three or four times per rollout, the last time for conditions alone) changes nothing it
 * would do. A new generation (someone edited the spec) and deletion pass too.
 */
public class RolloutUpdateFilter implements OnUpdateFilter<Deployment> {

    @Override
    public boolean accept(Deployment updated, Deployment old) {
        return !Objects.equals(updated.getMetadata().getGeneration(), old.getMetadata().getGeneration())
                || !Objects.equals(RuntimeDependent.appliedHash(updated), RuntimeDependent.appliedHash(old))
                || updated.getMetadata().getDeletionTimestamp() != null
                || !Rollout.of(Optional.of(updated)).equals(Rollout.of(Optional.of(old)));
    }
}
