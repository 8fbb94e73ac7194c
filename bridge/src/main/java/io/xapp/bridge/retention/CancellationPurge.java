package io.xapp.bridge.retention;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.bridge.analytics.UsageStore;
import io.xapp.bridge.kube.AssistantRef;
import io.xapp.bridge.relay.RelayService;
import org.jboss.logging.Logger;

/**
 * When a customer's cancellation completes (its Assistant reaches phase Cancelled, or is deleted with a
 * cancellation set), deletes what the bridge holds about the customer's visitors: the usage analytics at once,
 * the leads and bookings once they are no longer needed for delivery. What orders partner events
 * ({@code customer_state}, {@code processed_event}) stays: it is the tombstone that keeps a late create from
 * bringing the customer back. What goes is what was recorded under the Assistant itself, whatever its name: the
 * runtime reports its usage, leads and bookings under its own Assistant.
 *
 * <p>The Assistant watcher replays every Assistant periodically and on every change, so a purge runs again for a
 * Cancelled Assistant and catches anything recorded after the first one; every step is idempotent.
 */
public final class CancellationPurge {

    private static final Logger LOG = Logger.getLogger(CancellationPurge.class);

    private final UsageStore usage;
    private final RelayService relay;

    public CancellationPurge(UsageStore usage, RelayService relay) {
        this.usage = usage;
        this.relay = relay;
    }

    /** Listener for added and updated Assistants. */
    public void onAssistantChange(Assistant a) {
        if (a.getStatus() != null && a.getStatus().getPhase() == Phase.Cancelled) {
            purge(a);
        }
    }

    /** Listener for deleted Assistants: deleted after a cancellation means the customer is gone. */
    public void onAssistantDeleted(Assistant a) {
        if (a.getSpec() != null && a.getSpec().getCancellation() != null) {
            purge(a);
        }
    }

    private void purge(Assistant a) {
        AssistantRef ref = AssistantRef.of(a);
        int events = usage.deleteAssistant(ref.key());
        if (events > 0) {
            LOG.infof("cancellation of %s (customer %s) completed: its %d usage events and their summaries are "
                    + "deleted", ref.key(), a.getSpec() == null ? "?" : a.getSpec().getCustomerId(), events);
        }
        relay.purge(ref.namespace(), ref.name());
    }
}
