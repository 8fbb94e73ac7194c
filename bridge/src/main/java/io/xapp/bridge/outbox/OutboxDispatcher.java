package io.xapp.bridge.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox entries through their kind's {@link OutboxSender} and records each result: DELIVERED, FAILED,
 * or one more attempt after an exponential backoff. Whether to give up is the sender's call (only it knows which
 * refusals are final); a sender that throws counts as a failed attempt, so one bad entry cannot stop a round.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    /** Entries per kind and round; the worker runs the next round at once while rounds make progress. */
    private static final int ROUND = 20;

    private final OutboxStore store;
    private final List<OutboxSender> senders;
    private final Backoff backoff;
    private final Clock clock;

    /** @param senders tried in this order in every round (a step's next step after it) */
    public OutboxDispatcher(OutboxStore store, List<OutboxSender> senders, Backoff backoff, Clock clock) {
        this.store = store;
        this.senders = List.copyOf(senders);
        this.backoff = backoff;
        this.clock = clock;
    }

    /** One round over every kind; returns how many entries were delivered. */
    public int dispatch() {
        int delivered = 0;
        for (OutboxSender sender : senders) {
            List<OutboxEntry> due = store.due(sender.kind(), clock.millis(), ROUND);
            for (int from = 0; from < due.size(); from += sender.batchSize()) {
                List<OutboxEntry> batch = due.subList(from, Math.min(due.size(), from + sender.batchSize()));
                List<DeliveryResult> results = send(sender, batch);
                if (Thread.currentThread().isInterrupted()) {
                    // Shutting down: nothing is recorded (an H2 file written by an interrupted thread is closed), so
                    // the batch is sent again at the next start, under the same idempotency keys.
                    return delivered;
                }
                for (int i = 0; i < batch.size(); i++) {
                    if (record(batch.get(i), results.get(i))) {
                        delivered++;
                    }
                }
            }
        }
        return delivered;
    }

    private static List<DeliveryResult> send(OutboxSender sender, List<OutboxEntry> batch) {
        try {
            List<DeliveryResult> results = sender.send(batch);
            if (results.size() != batch.size()) {
                throw new IllegalStateException("the " + sender.kind() + " sender answered " + results.size()
                        + " results for " + batch.size() + " entries");
            }
            return results;
        } catch (RuntimeException e) {
            LOG.errorf(e, "the %s sender failed on %d entries", sender.kind(), batch.size());
            DeliveryResult failed = DeliveryResult.retryLater("the " + sender.kind() + " sender failed: " + e);
            return batch.stream().map(entry -> failed).toList();
        }
    }

    /** Records one result; true when the entry was delivered. */
    private boolean record(OutboxEntry entry, DeliveryResult result) {
        long now = clock.millis();
        int attempt = entry.attempts() + 1;
        if (result instanceof DeliveryResult.Delivered d) {
            store.delivered(entry, d.receipt(), d.next(), now);
            LOG.infof("%s delivered (%s)", entry.describe(), d.receipt());
            return true;
        }
        if (result instanceof DeliveryResult.GiveUp g) {
            store.failed(entry, g.reason(), now);
            LOG.errorf("%s given up after %d attempts: %s; marked FAILED", entry.describe(),
                    attempt, g.reason());
            return false;
        }
        String reason = ((DeliveryResult.RetryLater) result).reason();
        Duration wait = backoff.after(attempt);
        store.retryLater(entry, now + wait.toMillis(), reason);
        LOG.warnf("%s not delivered (attempt %d): %s; retrying in %d s", entry.describe(), attempt, reason,
                wait.toSeconds());
        return false;
    }
}
