package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.xapp.api.v1alpha1.Assistant;

/**
 * A resource of an Assistant's runtime, rendered from the {@link RuntimeModel} of the current reconcile. Applied
 * with server-side apply and owned by the Assistant; an unchanged rendering is matched, not written.
 */
abstract class RuntimeDependent<R extends HasMetadata> extends CRUDKubernetesDependentResource<R, Assistant> {

    RuntimeDependent(Class<R> type) {
        super(type);
    }

    @Override
    protected final R desired(Assistant primary, Context<Assistant> context) {
        return desired(RuntimeModel.in(context));
    }

    protected abstract R desired(RuntimeModel model);
}
