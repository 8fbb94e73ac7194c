package io.xapp.bridge.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.xapp.api.kube.TrimmedItemStore;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.XappMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One informer on the Assistants of the bridge's namespace: the bridge's view of them. It hands every added or
 * updated Assistant to the change listeners (ReadyForInstallation, analytics clean-up, the customer lookup) and
 * every deleted one to the deletion listeners, and answers look-ups by name and by customer-id label from its cache,
 * so the bridge asks the API server nothing per event. The cache holds Assistants without their managed fields,
 * which nothing in the bridge reads and which would be most of its size.
 */
public final class AssistantWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AssistantWatcher.class);
    /** A periodic replay of every Assistant, so work a listener failed to record is picked up again. */
    private static final long RESYNC_MS = 5 * 60_000L;
    private static final String BY_CUSTOMER_LABEL = "xapp.io/by-customer-label";

    private final KubernetesClient client;
    private final String namespace;
    private final List<Consumer<Assistant>> onChange = new ArrayList<>();
    private final List<Consumer<Assistant>> onDelete = new ArrayList<>();
    private volatile SharedIndexInformer<Assistant> informer;

    public AssistantWatcher(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** Adds a listener for added and updated Assistants; before {@link #start()}. */
    public synchronized AssistantWatcher onChange(Consumer<Assistant> listener) {
        onChange.add(listener);
        return this;
    }

    /** Adds a listener for deleted Assistants; before {@link #start()}. */
    public synchronized AssistantWatcher onDelete(Consumer<Assistant> listener) {
        onDelete.add(listener);
        return this;
    }

    /** Starts the informer and returns once its cache holds every Assistant of the namespace. */
    public synchronized void start() {
        if (informer != null) {
            return;
        }
        List<Consumer<Assistant>> changed = List.copyOf(onChange);
        List<Consumer<Assistant>> deleted = List.copyOf(onDelete);
        SharedIndexInformer<Assistant> i = client.resources(Assistant.class).inNamespace(namespace)
                .runnableInformer(RESYNC_MS);
        i.itemStore(new TrimmedItemStore<>(TrimmedItemStore::withoutManagedFields));
        i.addIndexers(Map.of(BY_CUSTOMER_LABEL, a -> Optional.ofNullable(a.getMetadata().getLabels())
                .map(l -> l.get(XappMetadata.CUSTOMER_ID_LABEL)).map(List::of).orElse(List.of())));
        i.addEventHandler(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Assistant a) {
                dispatch(changed, a);
            }

            @Override
            public void onUpdate(Assistant before, Assistant after) {
                dispatch(changed, after);
            }

            @Override
            public void onDelete(Assistant a, boolean finalStateUnknown) {
                dispatch(deleted, a);
            }
        });
        i.run();
        informer = i;
        LOG.infof("watching Assistants in namespace %s (%d now)", namespace, i.getStore().list().size());
    }

    public String namespace() {
        return namespace;
    }

    /** The Assistants labelled with the customer's id, as last seen (the operator keeps the label true). */
    public List<Assistant> labelledWith(String customerId) {
        return started().getIndexer().byIndex(BY_CUSTOMER_LABEL, CustomerNames.labelValue(customerId));
    }

    /** The Assistant of that name, as last seen. */
    public Optional<Assistant> named(String name) {
        return Optional.ofNullable(started().getStore().getByKey(namespace + "/" + name));
    }

    private SharedIndexInformer<Assistant> started() {
        SharedIndexInformer<Assistant> i = informer;
        if (i == null) {
            throw new IllegalStateException("the Assistant watcher of namespace " + namespace + " is not started");
        }
        return i;
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
