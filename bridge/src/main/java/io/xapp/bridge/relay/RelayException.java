package io.xapp.bridge.relay;

/** A relay request that cannot be served, with the HTTP status to answer. */
public class RelayException extends RuntimeException {

    private final int status;

    public RelayException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
