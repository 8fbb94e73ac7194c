package io.xapp.bridge.events;

/** The event cannot be applied as sent; the message says what is wrong, for the partner to fix and resend. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
