package io.xapp.bridge.kube;

import io.fabric8.kubernetes.client.Config;
import io.quarkus.kubernetes.client.KubernetesConfigCustomizer;
import io.xapp.api.kube.RequestConcurrency;
import jakarta.inject.Singleton;

/**
 * Enough requests in flight for the event workers ({@code events.concurrency}, at most 64 but 16 by default) plus
 * the watcher and the ReadyForInstallation worker; fabric8's 5 would write a burst 5 Assistants at a time. The rate
 * itself is bounded by {@link io.xapp.api.kube.WriteRate}.
 */
@Singleton
public class ApiServerConcurrency implements KubernetesConfigCustomizer {

    static final int MAX_CONCURRENT_REQUESTS = 24;

    @Override
    public void customize(Config config) {
        RequestConcurrency.atLeast(config, MAX_CONCURRENT_REQUESTS);
    }
}
