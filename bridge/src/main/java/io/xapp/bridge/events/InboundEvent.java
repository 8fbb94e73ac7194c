package io.xapp.bridge.events;

import java.time.Instant;

/**
 * A partner event with what ordering and de-duplication need: a stable id (the EventBridge event id, the signed
 * request id, or the SQS message id) and the time the partner emitted it.
 */
public record InboundEvent(String eventId, Instant eventTime, PartnerEvent event) {
}
