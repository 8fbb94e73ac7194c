package io.xapp.bridge.outbox;

import java.util.List;

/**
 * Delivers the outbox entries of one kind. The {@link OutboxDispatcher} does the rest: picking due entries,
 * recording each result, the backoff between attempts. A new kind of delivery needs only its sender.
 */
public interface OutboxSender {

    /** The kind of the entries it delivers, as stored ({@link OutboxEntry#kind()}). */
    String kind();

    /** One attempt at one entry. Failures are results ({@link DeliveryResult}), not exceptions. */
    DeliveryResult send(OutboxEntry entry);

    /** How many entries one call of {@link #send(List)} takes: 1, unless the receiver takes batches. */
    default int batchSize() {
        return 1;
    }

    /** One attempt at each entry (at most {@link #batchSize()}); one result per entry, in order. */
    default List<DeliveryResult> send(List<OutboxEntry> entries) {
        return entries.stream().map(this::send).toList();
    }
}
