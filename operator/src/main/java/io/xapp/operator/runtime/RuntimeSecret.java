package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.xapp.operator.cache.WithoutManagedFields;

/** The runtime's keys (docs/contracts.md, "Operator to runtime"), mounted at /etc/xapp/secrets. */
@KubernetesDependent(informer = @Informer(labelSelector = RuntimeLabels.MANAGED_BY_SELECTOR,
        itemStore = WithoutManagedFields.class))
public class RuntimeSecret extends RuntimeDependent<Secret> {

    public RuntimeSecret() {
        super(Secret.class);
    }

    @Override
    protected Secret desired(RuntimeModel model) {
        return new SecretBuilder()
                .withMetadata(model.metadata())
                .withType("Opaque")
                .withData(model.keys().secretData())
                .build();
    }
}
