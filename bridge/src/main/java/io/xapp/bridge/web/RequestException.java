package io.xapp.bridge.web;

/** A request that cannot be served, with the HTTP status to answer and the reason for the caller. */
public class RequestException extends RuntimeException {

    private final int status;

    public RequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
