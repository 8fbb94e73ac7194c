package io.xapp.bridge.subscription;

import io.xapp.bridge.events.CreateSubscription;
import java.time.Instant;

/**
 * What the bridge knows of one customer: the newest subscription and the newest cancellation, each with the time of
 * the event that carried it. Either may be absent (a cancellation that arrived before its create is a tombstone).
 */
record CustomerState(String customerId, Instant subscriptionTime, String subscriptionEventId,
                     CreateSubscription subscription, Instant cancellationTime, String cancellationEventId,
                     Instant cancellationEffective) {

    /** A cancellation is in force unless a later subscription (a re-subscription) came after it. */
    boolean cancellationApplies() {
        return cancellationTime != null && (subscriptionTime == null || !cancellationTime.isBefore(subscriptionTime));
    }

    CustomerState withSubscription(CreateSubscription s, Instant time, String eventId) {
        return new CustomerState(customerId, time, eventId, s, cancellationTime, cancellationEventId,
                cancellationEffective);
    }

    CustomerState withCancellation(Instant effective, Instant time, String eventId) {
        return new CustomerState(customerId, subscriptionTime, subscriptionEventId, subscription, time, eventId,
                effective);
    }
}
