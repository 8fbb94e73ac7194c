package io.xapp.runtime.semantic;

import java.time.Duration;

/**
 * The inference service is up but cannot take the texts now (503: its queue is full, or its model still loads),
 * and says when to come back.
 */
public class InferenceBusyException extends EmbeddingUnavailableException {

    private final Duration retryAfter;

    public InferenceBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** When the service asked to be asked again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
