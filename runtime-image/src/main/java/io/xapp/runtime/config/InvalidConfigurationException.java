package io.xapp.runtime.config;

/** The runtime's configuration is missing or wrong; the message says what to set. */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(String message) {
        super(message);
    }

    public InvalidConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
