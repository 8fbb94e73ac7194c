package io.xapp.bridge.outbox;

/** Where an outbox entry is: waiting for (another) attempt, delivered, or given up. */
public enum OutboxState {
    PENDING,
    DELIVERED,
    FAILED
}
