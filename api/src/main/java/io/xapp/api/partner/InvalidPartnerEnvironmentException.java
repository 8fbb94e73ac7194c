package io.xapp.api.partner;

/** The partner environment configuration cannot be used; the message says what to fix. */
public class InvalidPartnerEnvironmentException extends RuntimeException {

    public InvalidPartnerEnvironmentException(String message) {
        super(message);
    }

    public InvalidPartnerEnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
