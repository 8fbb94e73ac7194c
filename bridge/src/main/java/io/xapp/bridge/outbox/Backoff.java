package io.xapp.bridge.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter for durable retries: base * 2^(attempt-1), capped, plus up to 20 % jitter. */
public record Backoff(Duration base, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10));

    /** Delay before attempt number {@code attempt + 1}, after {@code attempt} failures (attempt >= 1). */
    public Duration after(int attempt) {
        long baseMs = base.toMillis();
        long ms = attempt >= 30 ? max.toMillis() : Math.min(max.toMillis(), baseMs << Math.max(0, attempt - 1));
        long jitter = ms / 5 == 0 ? 0 : ThreadLocalRandom.current().nextLong(ms / 5);
        return Duration.ofMillis(ms + jitter);
    }
}
