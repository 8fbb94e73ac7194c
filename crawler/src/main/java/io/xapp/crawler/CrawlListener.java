package io.xapp.crawler;

/** Callbacks from a running crawl, on crawler threads: keep them quick. */
public interface CrawlListener {

    CrawlListener NONE = new CrawlListener() {
    };

    default void onProgress(CrawlProgress progress) {
    }

    default void onPage(CrawledPage page) {
    }

    default void onExcluded(Exclusion exclusion) {
    }
}
