package io.xapp.bridge.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.xapp.api.v1alpha1.Assistant;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One informer on the Assistants of the bridge's namespace. Hands every added or updated Assistant to the
 * listeners (ReadyForInstallation, analytics clean-up) and every deleted one to the deletion listeners.
 */
public final class AssistantWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AssistantWatcher.class);
    /** A periodic replay of every Assistant, so work a listener failed to record is picked up again. */
    private static final long RESYNC_MS = 5 * 60_000L;

    private final KubernetesClient client;
    private final String namespace;
    private final List<Consumer<Assistant>> onChange;
    private final List<Consumer<Assistant>> onDelete;
    private SharedIndexInformer<Assistant> informer;

    public AssistantWatcher(KubernetesClient client, String namespace, List<Consumer<Assistant>> onChange,
                            List<Consumer<Assistant>> onDelete) {
        this.client = client;
        this.namespace = namespace;
        this.onChange = List.copyOf(onChange);
        this.onDelete = List.copyOf(onDelete);
    }

    public synchronized void start() {
        if (informer != null) {
            return;
        }
        informer = client.resources(Assistant.class).inNamespace(namespace).inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Assistant a) {
                dispatch(onChange, a);
            }

            @Override
            public void onUpdate(Assistant before, Assistant after) {
                dispatch(onChange, after);
            }

            @Override
            public void onDelete(Assistant a, boolean finalStateUnknown) {
                dispatch(onDelete, a);
            }
        }, RESYNC_MS);
        LOG.infof("watching Assistants in namespace %s", namespace);
    }

    private static void dispatch(List<Consumer<Assistant>> listeners, Assistant a) {
        for (Consumer<Assistant> l : listeners) {
            try {
                l.accept(a);
            } catch (RuntimeException e) {
                // One failing listener must not starve the others; the next update or resync retries it.
                LOG.errorf(e, "handling Assistant %s/%s failed", a.getMetadata().getNamespace(),
                        a.getMetadata().getName());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (informer != null) {
            informer.close();
            informer = null;
        }
    }
}
