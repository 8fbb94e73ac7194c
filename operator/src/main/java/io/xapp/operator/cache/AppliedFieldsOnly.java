package io.xapp.operator.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.xapp.api.kube.TrimmedItemStore;
import io.xapp.operator.assistant.AssistantReconciler;

/**
 * The cache of a dependent kind applied with server-side apply (Deployment, Service, Ingress, PVC): of the managed
 * fields it keeps the Assistant controller's own apply entry, which JOSDK's server-side-apply matcher compares the
 * desired state with; the entries of other writers (the controllers that write status, kwok) go.
 */
public final class AppliedFieldsOnly<R extends HasMetadata> extends TrimmedItemStore<R> {

    public AppliedFieldsOnly() {
        // JOSDK's field manager is the controller's name.
        super(r -> withOnlyAppliedBy(r, AssistantReconciler.NAME));
    }
}
