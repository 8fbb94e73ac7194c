package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.xapp.operator.cache.MatchedByHash;

/** The runtime's in-cluster address; the Ingress (when enabled) routes to it. */
@KubernetesDependent(informer = @Informer(labelSelector = RuntimeLabels.MANAGED_BY_SELECTOR,
        itemStore = MatchedByHash.class))
public class RuntimeService extends RuntimeDependent<Service> {

    public static final int PORT = 80;

    public RuntimeService() {
        super(Service.class);
    }

    @Override
    protected Service desired(RuntimeModel model) {
        return new ServiceBuilder()
                .withMetadata(model.metadata())
                .withNewSpec()
                .withType("ClusterIP")
                .withSelector(RuntimeLabels.podSelector(model.name()))
                .addNewPort()
                .withName(RuntimeDeployment.PORT_NAME)
                .withProtocol("TCP")
                .withPort(PORT)
                .withTargetPort(new IntOrString(RuntimeDeployment.PORT_NAME))
                .endPort()
                .endSpec()
                .build();
    }
}
