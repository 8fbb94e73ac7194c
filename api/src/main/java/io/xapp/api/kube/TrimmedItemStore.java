package io.xapp.api.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.function.UnaryOperator;

/**
 * An informer's store that keeps each object only as far as its reader needs it. Managed fields are the largest
 * part of most objects as the API server sends them (every field as a nested map, per writer): a cache of thousands
 * of objects is mostly managed fields that nothing reads. Objects are trimmed in place as they are stored, before
 * anyone else holds them.
 */
public class TrimmedItemStore<T extends HasMetadata> extends BasicItemStore<T> {

    private final UnaryOperator<T> trim;

    public TrimmedItemStore(UnaryOperator<T> trim) {
        super(Cache::metaNamespaceKeyFunc);
        this.trim = trim;
    }

    @Override
    public T put(String key, T obj) {
        return super.put(key, trim.apply(obj));
    }

    /** Drops every managed-fields entry. */
    public static <T extends HasMetadata> T withoutManagedFields(T obj) {
        obj.getMetadata().setManagedFields(null);
        return obj;
    }
}
