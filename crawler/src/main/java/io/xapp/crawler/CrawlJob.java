package io.xapp.crawler;

import java.util.concurrent.CompletableFuture;

/** A running crawl. */
public interface CrawlJob {

    /** A snapshot of progress, cheap to call while the crawl runs. */
    CrawlProgress progress();

    /**
     * Completes with the result when the crawl ends (also when a limit or cancel ends it early: the result then says
     * so). Completes exceptionally only when the start URL itself cannot be crawled, with a {@link FetchException}.
     */
    CompletableFuture<CrawlResult> result();

    /** Stops fetching; the result holds what was crawled so far. */
    void cancel();
}
