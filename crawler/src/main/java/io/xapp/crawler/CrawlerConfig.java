package io.xapp.crawler;

/**
 * How big a {@link Crawler} instance is: threads shared by its crawls (a crawl uses {@link CrawlSettings#workers()}
 * of them) and HTTP connections kept open.
 */
public record CrawlerConfig(int threads, int maxConnections) {

    public static CrawlerConfig defaults() {
        return new CrawlerConfig(32, 64);
    }
}
