package io.xapp.bridge.store;

/** The bridge database failed; transient unless the message says otherwise. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
