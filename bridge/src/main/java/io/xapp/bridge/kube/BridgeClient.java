package io.xapp.bridge.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.xapp.api.kube.KubeClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The bridge's KubernetesClient: Quarkus's (its Config, with {@link ApiServerConcurrency}, and its serialization),
 * without fabric8's token refresh where there is no token to refresh ({@link KubeClients}). It replaces the
 * extension's default client bean.
 */
@ApplicationScoped
public class BridgeClient {

    @Produces
    @Singleton
    KubernetesClient kubernetesClient(Config config, KubernetesSerialization serialization) {
        return KubeClients.build(config, serialization);
    }

    void close(@Disposes KubernetesClient client) {
        client.close();
    }
}
