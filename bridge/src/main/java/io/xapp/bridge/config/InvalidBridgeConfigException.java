package io.xapp.bridge.config;

/** The bridge's configuration cannot be used; the message says which setting and what to do. */
public class InvalidBridgeConfigException extends RuntimeException {

    public InvalidBridgeConfigException(String message) {
        super(message);
    }

    public InvalidBridgeConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
