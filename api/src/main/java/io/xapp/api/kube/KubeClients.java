package io.xapp.api.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.function.Consumer;

/** KubernetesClients as the operator and the bridge build them in place of the Quarkus extension's default. */
public final class KubeClients {

    private KubeClients() {
    }

    /** As {@link #build(Config, KubernetesSerialization, Consumer)}, with nothing added to the HTTP chain. */
    public static KubernetesClient build(Config config, KubernetesSerialization serialization) {
        return build(config, serialization, http -> {
        });
    }

    /**
     * A client of Quarkus's {@code config} and {@code serialization}, with {@code http} applied to its HTTP client
     * and no token refresh where there is no token ({@link TokenRefresh}).
     */
    public static KubernetesClient build(Config config, KubernetesSerialization serialization,
            Consumer<HttpClient.Builder> http) {
        return new KubernetesClientBuilder()
                .withConfig(config)
                .withKubernetesSerialization(serialization)
                .withHttpClientBuilderConsumer(builder -> {
                    http.accept(builder);
                    TokenRefresh.offWhenNothingToRefresh(config, builder);
                })
                .build();
    }
}
