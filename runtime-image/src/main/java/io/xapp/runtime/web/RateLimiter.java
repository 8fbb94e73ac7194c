package io.xapp.runtime.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.xapp.api.runtime.RuntimeConfig;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Token buckets per channel key and per client address (RuntimeConfig.rateLimits, per minute). Client buckets live
 * in a bounded cache, so a flood of addresses cannot grow memory; an evicted client simply starts with a full
 * bucket again.
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 10_000;

    private final RuntimeConfig.RateLimits limits;
    private final Cache<String, Bucket> keyBuckets = Caffeine.newBuilder().maximumSize(16).build();
    private final Cache<String, Bucket> clientBuckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    RateLimiter(RuntimeConfig.RateLimits limits) {
        this.limits = limits;
    }

    /** Takes one request from both buckets; empty when allowed, else the seconds to wait. */
    OptionalLong tryAcquire(String key, String client) {
        ConsumptionProbe perClient = clientBuckets.get(client, c -> bucket(limits.perClientPerMinute()))
                .tryConsumeAndReturnRemaining(1);
        if (!perClient.isConsumed()) {
            return OptionalLong.of(seconds(perClient));
        }
        ConsumptionProbe perKey = keyBuckets.get(key, k -> bucket(limits.perKeyPerMinute()))
                .tryConsumeAndReturnRemaining(1);
        return perKey.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(perKey));
    }

    private static Bucket bucket(int perMinute) {
        // Refilled gradually, so a client that used its minute gets requests back one by one, not all at once.
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    private static long seconds(ConsumptionProbe probe) {
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }
}
