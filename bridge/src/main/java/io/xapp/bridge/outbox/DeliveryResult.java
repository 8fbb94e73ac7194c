package io.xapp.bridge.outbox;

/**
 * What one attempt at a delivery came to, as the {@link OutboxDispatcher} records it. Senders report failures
 * this way rather than by throwing, so background delivery never speaks HTTP to anyone.
 */
public sealed interface DeliveryResult {

    /**
     * The receiver took it. {@code receipt} is what it answered (an event id, an HTTP status), kept with the entry;
     * {@code next}, when not null, is a further delivery stored in the same transaction (a second step that must
     * not send the first again when it fails, such as recording a sent event).
     */
    record Delivered(String receipt, OutboxEntry next) implements DeliveryResult {
    }

    /** Not delivered this time, and worth another try after the backoff. */
    record RetryLater(String reason) implements DeliveryResult {
    }

    /** Not delivered, and never will be: the entry is marked FAILED. */
    record GiveUp(String reason) implements DeliveryResult {
    }

    static DeliveryResult delivered(String receipt) {
        return new Delivered(receipt, null);
    }

    static DeliveryResult retryLater(String reason) {
        return new RetryLater(reason);
    }

    static DeliveryResult giveUp(String reason) {
        return new GiveUp(reason);
    }
}
