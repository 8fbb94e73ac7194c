package io.xapp.operator.analysis;

import java.time.Duration;

/**
 * How site analysis runs: a bounded pool ({@code threads}) with a bounded queue ({@code queueCapacity}), and the
 * exponential backoff between failed attempts ({@code retryInitial}, doubling up to {@code retryMax}).
 */
public record AnalysisSettings(int threads, int queueCapacity, Duration retryInitial, Duration retryMax) {

    public AnalysisSettings {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("site analysis needs at least 1 thread and a queue of at least 1, got "
                    + threads + " threads and a queue of " + queueCapacity);
        }
        if (retryInitial.isNegative() || retryInitial.isZero() || retryMax.compareTo(retryInitial) < 0) {
            throw new IllegalArgumentException("site analysis retries need 0 < retry-initial <= retry-max, got "
                    + retryInitial + " and " + retryMax);
        }
    }

    /** The wait after {@code failedAttempts} consecutive failures (1 or more). */
    public Duration backoff(int failedAttempts) {
        Duration delay = retryInitial;
        for (int i = 1; i < failedAttempts && delay.compareTo(retryMax) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }
}
