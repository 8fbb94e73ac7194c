package io.xapp.runtime.content;

import io.xapp.crawler.Brand;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.Exclusion;
import io.xapp.crawler.ReadCoverage;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What reviewers see of a crawl: pages indexed, URLs excluded with the reason, the brand found. */
public record CrawlSummary(Instant startedAt, Instant finishedAt, String endReason, List<Page> pages,
                           List<Excluded> excluded, Brand brand) {

    /**
     * @param words  the content words the page shows ({@link ReadCoverage}; 0 when not measured)
     * @param unread how many of them no passage holds
     */
    public record Page(String url, String title, int passages, int words, int unread) {

        public ReadCoverage read() {
            return new ReadCoverage(words, unread);
        }
    }

    public record Excluded(String url, String reason, String detail) {
    }

    public static CrawlSummary of(CrawlResult crawl) {
        List<Page> pages = crawl.pages().stream()
                .map(p -> new Page(p.url().toString(), p.title(), p.passages().size(), p.coverage().words(),
                        p.coverage().unread()))
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

    /** The pages whose content the crawler mostly did not read ({@link ReadCoverage#mostlyUnread()}), most first. */
    public List<Page> mostlyUnread() {
        return pages.stream().filter(p -> p.read().mostlyUnread())
                .sorted(Comparator.comparingDouble((Page p) -> p.read().unreadShare()).reversed()).toList();
    }

    /** "/faq/ (12 of 140 words read)" for each of the first {@code max} pages. */
    public static String describe(List<Page> pages, int max) {
        return pages.stream().limit(max).map(p -> URI.create(p.url()).getRawPath() + " (" + p.read().wordsRead() + ")")
                .collect(Collectors.joining(", "))
                + (pages.size() > max ? ", ..." : "");
    }

}
