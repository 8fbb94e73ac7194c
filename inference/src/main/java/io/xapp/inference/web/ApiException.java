package io.xapp.inference.web;

/** A request this service refuses, with the HTTP status and a message that says what is wrong. */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
