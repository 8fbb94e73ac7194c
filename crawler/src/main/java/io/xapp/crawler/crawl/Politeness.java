package io.xapp.crawler.crawl;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How hard one crawl may press its site (a crawl stays on one host): at most {@code concurrency} requests at once,
 * and each worker pauses {@code delay} after its request. A robots.txt Crawl-delay means one request at a time with
 * at least that pause. Waits end early when the crawl stops.
 */
final class Politeness {

    private final Semaphore slots;
    private final Duration delay;
    private final CountDownLatch stopped;

    Politeness(int workers, Duration perHostDelay, Duration crawlDelay, CountDownLatch stopped) {
        this.slots = new Semaphore(crawlDelay == null ? workers : 1);
        this.delay = crawlDelay != null && crawlDelay.compareTo(perHostDelay) > 0 ? crawlDelay : perHostDelay;
        this.stopped = stopped;
    }

    /** Runs a request within the limits, then holds its slot for the delay. */
    <T> T run(Request<T> request) throws InterruptedException {
        slots.acquire();
        try {
            return request.call();
        } finally {
            try {
                pause(delay);
            } finally {
                slots.release();
            }
        }
    }

    /** Sleeps unless the crawl stops first; true when the crawl stopped. */
    boolean pause(Duration d) throws InterruptedException {
        return !d.isZero() && !d.isNegative() && stopped.await(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    @FunctionalInterface
    interface Request<T> {
        T call();
    }
}
