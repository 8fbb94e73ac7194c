package io.xapp.runtime.content;

import io.xapp.crawler.Brand;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.Exclusion;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What reviewers see of a crawl: pages indexed, URLs excluded with the reason, the brand found. */
public record CrawlSummary(Instant startedAt, Instant finishedAt, String endReason, List<Page> pages,
                           List<Excluded> excluded, Brand brand) {

    public record Page(String url, String title, int passages) {
    }

    public record Excluded(String url, String reason, String detail) {
    }

    public static CrawlSummary of(CrawlResult crawl) {
        List<Page> pages = crawl.pages().stream()
                .map(p -> new Page(p.url().toString(), p.title(), p.passages().size()))
                .sorted(Comparator.comparing(Page::url))
                .toList();
        List<Excluded> excluded = crawl.excluded().stream()
                .sorted(Comparator.comparing((Exclusion e) -> e.url().toString()))
                .map(e -> new Excluded(e.url().toString(), e.reason().label(), e.detail()))
                .toList();
        return new CrawlSummary(crawl.startedAt(), crawl.finishedAt(), crawl.endReason().label(), pages, excluded,
                crawl.brand() == null ? Brand.EMPTY : crawl.brand());
    }

    public int passages() {
        return pages.stream().mapToInt(Page::passages).sum();
    }

}
