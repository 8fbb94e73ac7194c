package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;
import io.xapp.api.v1alpha1.Assistant;

/** Activates the Ingress only when the partner environment enables one (its informer starts only then, too). */
public class IngressEnabled implements Condition<Ingress, Assistant> {

    @Override
    public boolean isMet(DependentResource<Ingress, Assistant> dependent, Assistant primary,
            Context<Assistant> context) {
        return RuntimeModel.in(context).ingress().enabled();
    }
}
