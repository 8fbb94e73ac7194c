package io.xapp.crawler;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * What to crawl and within which limits.
 *
 * @param workers        crawl threads in total
 * @param perHostDelay   pause between requests to the host by one worker; robots.txt Crawl-delay raises it
 * @param includePatterns path globs (e.g. /services/**); empty means all
 * @param excludePatterns path globs never indexed
 * @param keepPageText   whether each page keeps its whole {@link CrawledPage#text}; a consumer that reads passages
 *                       alone crawls without it and holds about 60% of the memory while the crawl runs
 */
public record CrawlSettings(
        URI startUrl,
        int maxPages,
        int maxDepth,
        Duration maxTotalTime,
        int workers,
        Duration perHostDelay,
        int maxRetries,
        List<String> includePatterns,
        List<String> excludePatterns,
        FetchPolicy fetch,
        boolean keepPageText) {

    public CrawlSettings {
        includePatterns = includePatterns == null ? List.of() : List.copyOf(includePatterns);
        excludePatterns = excludePatterns == null ? List.of() : List.copyOf(excludePatterns);
    }

    /** Pages keep their text. */
    public CrawlSettings(URI startUrl, int maxPages, int maxDepth, Duration maxTotalTime, int workers,
                         Duration perHostDelay, int maxRetries, List<String> includePatterns,
                         List<String> excludePatterns, FetchPolicy fetch) {
        this(startUrl, maxPages, maxDepth, maxTotalTime, workers, perHostDelay, maxRetries, includePatterns,
                excludePatterns, fetch, true);
    }

    /** Sensible defaults for a small-business site. */
    public static CrawlSettings of(URI startUrl) {
        return new CrawlSettings(startUrl, 500, 10, Duration.ofMinutes(10), 4, Duration.ofMillis(250), 2,
                List.of(), List.of(), FetchPolicy.defaults());
    }

    public CrawlSettings withMaxPages(int n) {
        return new CrawlSettings(startUrl, n, maxDepth, maxTotalTime, workers, perHostDelay, maxRetries,
                includePatterns, excludePatterns, fetch, keepPageText);
    }

    public CrawlSettings withWorkers(int n) {
        return new CrawlSettings(startUrl, maxPages, maxDepth, maxTotalTime, n, perHostDelay, maxRetries,
                includePatterns, excludePatterns, fetch, keepPageText);
    }

    public CrawlSettings withPerHostDelay(Duration d) {
        return new CrawlSettings(startUrl, maxPages, maxDepth, maxTotalTime, workers, d, maxRetries,
                includePatterns, excludePatterns, fetch, keepPageText);
    }

    public CrawlSettings withPatterns(List<String> include, List<String> exclude) {
        return new CrawlSettings(startUrl, maxPages, maxDepth, maxTotalTime, workers, perHostDelay, maxRetries,
                include, exclude, fetch, keepPageText);
    }

    public CrawlSettings withFetch(FetchPolicy f) {
        return new CrawlSettings(startUrl, maxPages, maxDepth, maxTotalTime, workers, perHostDelay, maxRetries,
                includePatterns, excludePatterns, f, keepPageText);
    }

    /** These settings, each page recorded without its whole text ({@link #keepPageText}). */
    public CrawlSettings withoutPageText() {
        return new CrawlSettings(startUrl, maxPages, maxDepth, maxTotalTime, workers, perHostDelay, maxRetries,
                includePatterns, excludePatterns, fetch, false);
    }
}
