package io.xapp.crawler.crawl;

import io.xapp.crawler.CrawlListener;
import io.xapp.crawler.CrawlProgress;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Exclusion;
import io.xapp.crawler.ExclusionReason;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a crawl has found so far, safe to update from all workers, and the listener told of each change. Exclusions
 * beyond {@link #MAX_EXCLUSIONS} are counted but not kept, so a link trap cannot fill memory.
 */
final class CrawlRecord {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRecord.class);
    static final int MAX_EXCLUSIONS = 10_000;

    private final CrawlListener listener;
    private final long startNanos = System.nanoTime();
    private final List<CrawledPage> pages = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final AtomicInteger excludedCount = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    CrawlRecord(CrawlListener listener) {
        this.listener = listener;
    }

    void page(CrawledPage page) {
        synchronized (pages) {
            pages.add(page);
        }
        notify(() -> listener.onPage(page));
    }

    void exclude(URI url, ExclusionReason reason, String detail) {
        Exclusion exclusion = new Exclusion(url, reason, detail);
        if (reason == ExclusionReason.BROKEN) {
            failed.incrementAndGet();
        }
        if (excludedCount.incrementAndGet() <= MAX_EXCLUSIONS) {
            synchronized (exclusions) {
                exclusions.add(exclusion);
            }
        }
        notify(() -> listener.onExcluded(exclusion));
    }

    int pageCount() {
        synchronized (pages) {
            return pages.size();
        }
    }

    CrawlProgress progress(int queued) {
        return new CrawlProgress(pageCount(), queued, failed.get(), excludedCount.get(),
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    void reportProgress(int queued) {
        CrawlProgress progress = progress(queued);
        notify(() -> listener.onProgress(progress));
    }

    /** Pages shallowest first, then by URL; exclusions by URL: stable output for reviewers and diffs. */
    List<CrawledPage> sortedPages() {
        synchronized (pages) {
            return pages.stream().sorted(Comparator.comparingInt(CrawledPage::depth)
                    .thenComparing(p -> p.url().toString())).toList();
        }
    }

    List<Exclusion> sortedExclusions() {
        synchronized (exclusions) {
            return exclusions.stream().sorted(Comparator.comparing(e -> e.url().toString())).toList();
        }
    }

    /** A listener that throws must not break the crawl. */
    private static void notify(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warn("crawl listener failed; the crawl goes on", e);
        }
    }
}
