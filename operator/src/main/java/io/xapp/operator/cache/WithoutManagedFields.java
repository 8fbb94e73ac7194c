package io.xapp.operator.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.xapp.api.kube.TrimmedItemStore;

/**
 * The cache of a kind whose managed fields nothing in the operator reads, but the rest of it is: the Assistants
 * themselves (their status is applied without comparing), and the runtime's Secrets (the reconciler reads the keys
 * back; they are matched by their hash annotation like every runtime resource, see {@link MatchedByHash}).
 */
public final class WithoutManagedFields<R extends HasMetadata> extends TrimmedItemStore<R> {

    public WithoutManagedFields() {
        super(TrimmedItemStore::withoutManagedFields);
    }
}
