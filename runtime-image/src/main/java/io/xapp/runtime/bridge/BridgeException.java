package io.xapp.runtime.bridge;

/** A call to the bridge failed for good (after retries, or with an answer that retrying won't change). */
public class BridgeException extends RuntimeException {

    private final int status;

    /** @param status the bridge's HTTP status, or 0 when it did not answer */
    public BridgeException(int status, String message) {
        super(message);
        this.status = status;
    }

    public BridgeException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }

    /** Worth trying again later: the bridge was unreachable or failed on its side. */
    public boolean retryable() {
        return status == 0 || status >= 500;
    }
}
