package io.xapp.api.kube;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * Paces a component's write requests to the API server at a configured number per second (a token bucket holding
 * one second's worth): a burst is written as fast as that and no faster, whatever the number of threads writing,
 * so the API server keeps room for everyone else. The bridge's {@code kubernetes.writesPerSecond} and the
 * operator's {@code XAPP_KUBERNETES_WRITES_PER_SECOND} are such rates.
 */
public final class WriteRate {

    public static final int MIN_PER_SECOND = 1;
    public static final int MAX_PER_SECOND = 1000;

    private final int perSecond;
    private final String setting;
    private final Bucket bucket;
    private final BlockingStrategy waiting;

    /** At most {@code perSecond} writes a second; {@code setting} names where that number is configured. */
    public WriteRate(int perSecond, String setting) {
        this(perSecond, setting, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    /** The same with a clock and a way of waiting of its own: a test's clock moves only when it is waited on. */
    public WriteRate(int perSecond, String setting, TimeMeter clock, BlockingStrategy waiting) {
        problem(setting, perSecond).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        this.perSecond = perSecond;
        this.setting = setting;
        this.waiting = waiting;
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1))
                        .build())
                .withCustomTimePrecision(clock)
                .build();
    }

    /** What is wrong with {@code perSecond} as the value of {@code setting}, if anything. */
    public static Optional<String> problem(String setting, int perSecond) {
        return perSecond < MIN_PER_SECOND || perSecond > MAX_PER_SECOND
                ? Optional.of(setting + " must be " + MIN_PER_SECOND + " to " + MAX_PER_SECOND + ", got " + perSecond)
                : Optional.empty();
    }

    public int perSecond() {
        return perSecond;
    }

    /** Waits for the turn of one write; returns how long it waited, in nanoseconds. */
    public long acquire() {
        long wait = takeWithoutWaiting();
        if (wait > 0) {
            try {
                waiting.park(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a turn to write to the API server "
                        + "(at most " + perSecond + " writes per second, " + setting + ")", e);
            }
        }
        return wait;
    }

    /**
     * Takes the turn of one write at once, for a thread that must not wait: the writes after it wait that much
     * longer instead, so the rate holds all the same. Returns how long it would have waited, in nanoseconds.
     */
    public long takeWithoutWaiting() {
        return bucket.consumeIgnoringRateLimits(1);
    }
}
