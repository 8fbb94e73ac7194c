package io.xapp.bridge.events;

/** A validated event from the partner, in our terms. */
public sealed interface PartnerEvent permits CreateSubscription, Cancellation {

    /** The partner's customer id, exactly as sent. */
    String customerId();

    /** The event's name as the partner sends it in {@code detail-type}. */
    String type();
}
