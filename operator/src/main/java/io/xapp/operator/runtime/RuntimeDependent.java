package io.xapp.operator.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.Matcher.Result;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.xapp.api.hash.Sha256;
import io.xapp.api.v1alpha1.Assistant;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A resource of an Assistant's runtime, rendered from the {@link RuntimeModel} of the current reconcile. Applied
 * with server-side apply (ConfigMap and Secret: a plain update, JOSDK's default for them) and owned by the
 * Assistant; an unchanged rendering is matched, not written.
 *
 * <p>Matching is by {@value #APPLIED_HASH_ANNOTATION}: every rendering carries a hash of itself, and the resource
 * matches when the one in the cluster carries the same hash. So the informer caches need neither the managed fields
 * (JOSDK's server-side-apply matcher compares with the controller's managed-fields entry, most of a cached
 * Deployment) nor the content the operator does not read (the ConfigMap's config.json, the Deployment's Pod
 * template): see {@link io.xapp.operator.cache.MatchedByHash}. A hash also cannot be fooled by values the API server
 * normalises (quantities, defaults), which would make a field-by-field comparison fail forever and write on every
 * reconcile.
 *
 * <p>Drift this still repairs: any change of the rendering (configuration, keys, tier, partner settings, a new
 * operator version that renders differently), a resource deleted or its hash annotation removed or changed by
 * hand; each is applied again (server-side apply with force, so fields another manager took are taken back; the
 * ConfigMap and Secret, which JOSDK writes with a plain update, get their data replaced). Drift
 * it does not repair: a hand edit of a field the operator sets that leaves the annotation alone (say
 * {@code kubectl scale} or {@code kubectl set image}); it stays until the rendering next changes.
 */
abstract class RuntimeDependent<R extends HasMetadata> extends CRUDKubernetesDependentResource<R, Assistant> {

    /** A hash of the resource as the operator last rendered and applied it. */
    public static final String APPLIED_HASH_ANNOTATION = "xapp.io/applied-hash";

    // Sorted map keys: the same rendering hashes the same in every JVM (Map.of's order is not fixed).
    private static final ObjectMapper CANONICAL = Serialization.jsonMapper().copy()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    RuntimeDependent(Class<R> type) {
        super(type);
    }

    @Override
    protected final R desired(Assistant primary, Context<Assistant> context) {
        return rendered(RuntimeModel.in(context));
    }

    /** The rendering of {@code model}, with its hash. */
    final R rendered(RuntimeModel model) {
        R desired = desired(model);
        Map<String, String> annotations = new TreeMap<>(
                Objects.requireNonNullElse(desired.getMetadata().getAnnotations(), Map.of()));
        annotations.put(APPLIED_HASH_ANNOTATION, hash(desired));
        desired.getMetadata().setAnnotations(annotations);
        return desired;
    }

    protected abstract R desired(RuntimeModel model);

    @Override
    public Result<R> match(R actual, R desired, Assistant primary, Context<Assistant> context) {
        return Result.computed(Objects.equals(appliedHash(actual), appliedHash(desired)), desired);
    }

    static String appliedHash(HasMetadata resource) {
        Map<String, String> annotations = resource.getMetadata().getAnnotations();
        return annotations == null ? null : annotations.get(APPLIED_HASH_ANNOTATION);
    }

    private static String hash(HasMetadata rendering) {
        try {
            return Sha256.hex(CANONICAL.writeValueAsString(rendering)).substring(0, 16);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
