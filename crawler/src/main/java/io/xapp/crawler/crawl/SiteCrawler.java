package io.xapp.crawler.crawl;

import io.xapp.crawler.CrawlJob;
import io.xapp.crawler.CrawlListener;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.fetch.Fetcher;
import io.xapp.crawler.url.PathGlob;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link Crawler}: a bounded thread pool shared by all its crawls (each crawl uses {@code workers} of them) and
 * one {@link Fetcher}. Crawls beyond the pool's size wait for threads rather than adding more.
 */
public final class SiteCrawler implements Crawler {

    private final Fetcher fetcher;
    private final ThreadPoolExecutor pool;
    private final int maxWorkers;
    private final Set<CrawlRun> running = ConcurrentHashMap.newKeySet();

    public SiteCrawler(int threads, int maxConnections) {
        if (threads < 1 || maxConnections < 1) {
            throw new IllegalArgumentException("crawler needs at least 1 thread and 1 connection, got " + threads
                    + " threads and " + maxConnections + " connections");
        }
        this.fetcher = new Fetcher(maxConnections);
        this.maxWorkers = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "xapp-crawler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public CrawlJob start(CrawlSettings settings, CrawlResult previous, CrawlListener listener) {
        validate(settings);
        CrawlRun run = new CrawlRun(settings, previous, listener, fetcher, pool);
        running.add(run);
        run.result().whenComplete((r, e) -> running.remove(run));
        run.start();
        return run;
    }

    private void validate(CrawlSettings s) {
        require(s != null, "crawl settings are required");
        require(s.startUrl() != null, "crawl settings need a start URL");
        require(s.fetch() != null, "crawl settings need a fetch policy (FetchPolicy.defaults())");
        require(s.maxPages() >= 1, "maxPages must be at least 1, got " + s.maxPages());
        require(s.maxDepth() >= 0, "maxDepth must not be negative, got " + s.maxDepth());
        require(s.workers() >= 1 && s.workers() <= maxWorkers,
                "workers must be between 1 and the crawler's " + maxWorkers + " threads, got " + s.workers());
        require(s.maxRetries() >= 0, "maxRetries must not be negative, got " + s.maxRetries());
        require(s.perHostDelay() != null && !s.perHostDelay().isNegative(), "perHostDelay must be zero or more");
        require(s.maxTotalTime() != null && !s.maxTotalTime().isNegative() && !s.maxTotalTime().isZero(),
                "maxTotalTime must be positive");
        require(s.fetch().maxBytes() > 0 && s.fetch().maxRedirects() >= 0, "fetch policy limits must be positive");
        require(s.fetch().userAgent() != null && !s.fetch().userAgent().isBlank(), "fetch policy needs a user agent");
        PathGlob.all(s.includePatterns()); // throws IllegalArgumentException naming a bad pattern
        PathGlob.all(s.excludePatterns());
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Ends running crawls (their results hold what was found so far), then releases threads and connections. */
    @Override
    public void close() {
        // Stop the crawls before the pool refuses their tasks, so a refusal reads as the cancel it is.
        running.forEach(CrawlRun::abandon);
        pool.shutdownNow();
        fetcher.close();
    }
}
