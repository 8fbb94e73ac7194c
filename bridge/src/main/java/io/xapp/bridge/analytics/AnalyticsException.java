package io.xapp.bridge.analytics;

/** An analytics request that cannot be served, with the HTTP status to answer. */
public class AnalyticsException extends RuntimeException {

    private final int status;

    public AnalyticsException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
