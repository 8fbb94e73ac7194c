package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;
import io.xapp.api.v1alpha1.Assistant;

/** Activates the index volume only when the partner environment enables runtime persistence. */
public class PersistenceEnabled implements Condition<PersistentVolumeClaim, Assistant> {

    @Override
    public boolean isMet(DependentResource<PersistentVolumeClaim, Assistant> dependent, Assistant primary,
            Context<Assistant> context) {
        return RuntimeModel.in(context).runtime().persistence().enabled();
    }
}
