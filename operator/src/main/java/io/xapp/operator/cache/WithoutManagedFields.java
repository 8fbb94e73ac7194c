package io.xapp.operator.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.xapp.api.kube.TrimmedItemStore;

/**
 * The cache of a kind whose managed fields nothing in the operator reads: the Assistants themselves (their status
 * is applied without comparing), and the ConfigMaps and Secrets (JOSDK matches those by content, not by managed
 * fields).
 */
public final class WithoutManagedFields<R extends HasMetadata> extends TrimmedItemStore<R> {

    public WithoutManagedFields() {
        super(TrimmedItemStore::withoutManagedFields);
    }
}
