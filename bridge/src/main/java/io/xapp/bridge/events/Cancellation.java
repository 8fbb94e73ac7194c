package io.xapp.bridge.events;

import java.time.Instant;

/** The subscription ends at {@code effectiveDate} (past, now or future); the operator acts on the date. */
public record Cancellation(String customerId, Instant effectiveDate) implements PartnerEvent {

    public static final String TYPE = "Cancellation";

    @Override
    public String type() {
        return TYPE;
    }
}
