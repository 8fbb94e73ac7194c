package io.xapp.bridge.kube;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingBucket;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Paces the bridge's write requests to the API server at {@code kubernetes.writesPerSecond} (a token bucket holding
 * one second's worth): a burst of partner events is written as fast as that and no faster, whatever the number of
 * workers, so the API server keeps room for everyone else.
 */
public final class WriteRate {

    private final int perSecond;
    private final BlockingBucket bucket;

    public WriteRate(int perSecond) {
        this.perSecond = perSecond;
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1))
                        .build())
                .build().asBlocking();
    }

    /** Waits for the turn of one write. */
    public void acquire() {
        try {
            bucket.consume(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a turn to write to the API server (at most "
                    + perSecond + " writes per second, kubernetes.writesPerSecond)", e);
        }
    }
}
