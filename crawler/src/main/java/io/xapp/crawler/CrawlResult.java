package io.xapp.crawler;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Everything one crawl learned: every page indexed, every URL excluded with its reason, and the brand read from
 * the home page.
 *
 * @param endReason why the crawl ended: {@code completed} (nothing left to fetch), {@code page-limit},
 *                  {@code time-limit}, {@code cancelled} or {@code robots} (robots.txt answered 5xx: stop)
 */
public record CrawlResult(
        URI startUrl,
        Instant startedAt,
        Instant finishedAt,
        List<CrawledPage> pages,
        List<Exclusion> excluded,
        Brand brand,
        String endReason) {

    public CrawlResult {
        pages = List.copyOf(pages);
        excluded = List.copyOf(excluded);
    }
}
