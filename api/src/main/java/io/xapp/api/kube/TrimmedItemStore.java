package io.xapp.api.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.List;
import java.util.Objects;
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

    /**
     * Keeps only the entry of {@code manager}'s server-side applies: what a server-side-apply matcher compares with
     * (the fields that manager owns); other writers' entries (the controllers that write status, say) go.
     */
    public static <T extends HasMetadata> T withOnlyAppliedBy(T obj, String manager) {
        List<ManagedFieldsEntry> entries = obj.getMetadata().getManagedFields();
        if (entries != null && !entries.isEmpty()) {
            List<ManagedFieldsEntry> kept = entries.stream()
                    .filter(e -> Objects.equals(manager, e.getManager()) && "Apply".equals(e.getOperation()))
                    .toList();
            obj.getMetadata().setManagedFields(kept.isEmpty() ? null : kept);
        }
        return obj;
    }
}
