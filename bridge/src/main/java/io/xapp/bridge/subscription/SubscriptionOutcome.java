package io.xapp.bridge.subscription;

/** What an event did. */
public enum SubscriptionOutcome {
    /** The Assistant now reflects the event. */
    APPLIED,
    /** Remembered without touching an Assistant: a cancellation with nothing to cancel yet, or a create that a
     *  cancellation already in force and due keeps from coming back. */
    REMEMBERED,
    /** The same event id was handled before; nothing changed. */
    DUPLICATE,
    /** A newer event of the same kind was applied before; nothing changed. */
    STALE
}
