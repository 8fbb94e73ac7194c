package io.xapp.operator.qa.checks;

/** A check could not do what it needed to (a request failed); the message says what, where and why. */
public class CheckException extends Exception {

    public CheckException(String message) {
        super(message);
    }

    public CheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
