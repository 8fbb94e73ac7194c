package io.xapp.crawler;

import io.xapp.crawler.brand.SiteBrandAnalyzer;
import io.xapp.crawler.crawl.SiteCrawler;
import io.xapp.crawler.fetch.Fetcher;

/** Where to get a {@link Crawler} and a {@link BrandAnalyzer}. */
public final class Crawlers {

    private Crawlers() {
    }

    /** A crawler with {@link CrawlerConfig#defaults()}; close it when done. */
    public static Crawler crawler() {
        return crawler(CrawlerConfig.defaults());
    }

    public static Crawler crawler(CrawlerConfig config) {
        return new SiteCrawler(config.threads(), config.maxConnections());
    }

    /**
     * The shared brand analyzer: thread-safe, its connections shared by all callers and never closed (they idle
     * out). Each call blocks for a page and a few assets, so call it off request threads.
     */
    public static BrandAnalyzer brandAnalyzer() {
        return SharedBrandAnalyzer.INSTANCE;
    }

    private static final class SharedBrandAnalyzer {
        static final BrandAnalyzer INSTANCE = new SiteBrandAnalyzer(new Fetcher(16));
    }
}
