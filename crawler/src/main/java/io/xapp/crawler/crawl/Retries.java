package io.xapp.crawler.crawl;

import io.xapp.crawler.FetchException;
import io.xapp.crawler.fetch.FetchRequest;
import io.xapp.crawler.fetch.FetchResponse;
import io.xapp.crawler.fetch.Fetcher;
import java.time.Duration;

/**
 * Fetches with retries on what may pass (5xx, 429, timeouts, refused or reset connections), with exponential
 * backoff or the server's Retry-After, both capped. Each attempt goes through the politeness limits.
 */
final class Retries {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Fetcher fetcher;
    private final Politeness politeness;
    private final int maxRetries;

    Retries(Fetcher fetcher, Politeness politeness, int maxRetries) {
        this.fetcher = fetcher;
        this.politeness = politeness;
        this.maxRetries = maxRetries;
    }

    /**
     * @return the last response (possibly still an error status after the retries)
     * @throws FetchException the last failure when every attempt failed
     */
    FetchResponse fetch(FetchRequest request) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= maxRetries;
            FetchResponse response;
            try {
                response = politeness.run(() -> fetcher.fetch(request));
            } catch (FetchException e) {
                boolean transient_ = e.reason() == FetchException.Reason.TIMEOUT
                        || e.reason() == FetchException.Reason.UNREACHABLE;
                if (last || !transient_ || politeness.pause(backoff(attempt, null))) {
                    throw e;
                }
                continue;
            }
            boolean retryable = response.status() >= 500 || response.status() == 429;
            if (last || !retryable || politeness.pause(backoff(attempt, response.retryAfter()))) {
                return response;
            }
        }
    }

    static Duration backoff(int attempt, Duration retryAfter) {
        Duration d = retryAfter != null ? retryAfter : FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt, 10));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
