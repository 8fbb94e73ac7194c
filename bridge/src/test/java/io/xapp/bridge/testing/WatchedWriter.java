package io.xapp.bridge.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.kube.WriteRate;
import io.xapp.bridge.kube.AssistantWatcher;
import io.xapp.bridge.kube.KubernetesCustomerAssistants;
import io.xapp.bridge.subscription.KubernetesAssistantWriter;

/**
 * The bridge's Assistant writer for one namespace as the bridge wires it: its look-ups read the cache of a started
 * {@link AssistantWatcher}, which {@link #close()} stops.
 */
public final class WatchedWriter implements AutoCloseable {

    private final AssistantWatcher watcher;
    private final KubernetesAssistantWriter writer;

    public WatchedWriter(KubernetesClient client, String namespace) {
        this.watcher = new AssistantWatcher(client, namespace);
        this.writer = new KubernetesAssistantWriter(client, new KubernetesCustomerAssistants(client, watcher),
                new WriteRate(WriteRate.MAX_PER_SECOND, "the test's write rate"));
        watcher.start();
    }

    public KubernetesAssistantWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        watcher.close();
    }
}
