package io.xapp.crawler;

/**
 * Crawls one website politely and safely. Implementations are thread-safe; one instance serves many crawls and
 * owns the HTTP client and worker threads, so close it when done.
 */
public interface Crawler extends AutoCloseable {

    /**
     * Starts a crawl in the background and returns at once.
     *
     * @param settings what to crawl and the limits
     * @param previous the last result for this site, or null: pages in it are re-fetched conditionally
     *                 (ETag / Last-Modified) and kept when the server answers 304 Not Modified
     * @param listener progress and page callbacks, or {@link CrawlListener#NONE}
     */
    CrawlJob start(CrawlSettings settings, CrawlResult previous, CrawlListener listener);

    /** Crawls and waits for the result. */
    default CrawlResult crawl(CrawlSettings settings) {
        return start(settings, null, CrawlListener.NONE).result().join();
    }

    @Override
    void close();
}
