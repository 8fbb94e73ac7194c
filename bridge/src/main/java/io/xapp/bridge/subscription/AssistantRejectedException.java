package io.xapp.bridge.subscription;

/** The API server refused the Assistant the event describes (schema or validation rule): retrying cannot help. */
public class AssistantRejectedException extends RuntimeException {

    public AssistantRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
