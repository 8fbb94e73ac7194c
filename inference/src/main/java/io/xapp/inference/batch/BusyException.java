package io.xapp.inference.batch;


/** The service cannot take a request now (its queue is full, or it is stopping); the client should retry later. */
public final class BusyException extends RuntimeException {

    private final int retryAfterSeconds;

    private BusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static BusyException queueFull(Priority priority, int queued, int capacity, int retryAfterSeconds) {
        return new BusyException("the " + priority.wireName() + " queue is full (" + queued + " of " + capacity
                + " texts waiting); retry in " + retryAfterSeconds + " s", retryAfterSeconds);
    }

    static BusyException stopping() {
        return new BusyException("the inference service is stopping; retry on another replica", 1);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
