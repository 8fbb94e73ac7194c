package io.xapp.bridge.events;

import java.time.Instant;

/**
 * What the transport knows about an event, used when the body is a raw payload without an EventBridge envelope:
 * the transport's id (signed request id, SQS message id) and time (signed timestamp, SQS SentTimestamp).
 */
public record EventSource(String transportId, Instant transportTime) {
}
