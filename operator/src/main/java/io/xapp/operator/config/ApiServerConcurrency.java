package io.xapp.operator.config;

import io.fabric8.kubernetes.client.Config;
import io.quarkus.kubernetes.client.KubernetesConfigCustomizer;
import io.xapp.api.kube.RequestConcurrency;
import jakarta.inject.Singleton;

/**
 * fabric8 allows 5 requests in flight per API server by default, which serialises the reconcile threads when a
 * thousand Assistants arrive at once. Unless {@code KUBERNETES_MAX_CONCURRENT_REQUESTS_PER_HOST} says otherwise,
 * allow a few more than there are reconcile threads, so the leader-election renewal always finds a connection;
 * more would only queue the same work inside a busy API server and time requests out.
 */
@Singleton
public class ApiServerConcurrency implements KubernetesConfigCustomizer {

    static final int MAX_CONCURRENT_REQUESTS = 16;

    @Override
    public void customize(Config config) {
        RequestConcurrency.atLeast(config, MAX_CONCURRENT_REQUESTS);
    }
}
