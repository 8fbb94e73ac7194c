package io.xapp.runtime.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.Brand;
import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.crawler.ReadCoverage;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlSummaryTest {

    @Test
    void pagesWhoseContentWentMostlyUnreadAreListedMostFirst() {
        CrawlSummary summary = CrawlSummary.of(new CrawlResult(URI.create("https://acme.example/"), Instant.EPOCH,
                Instant.EPOCH, List.of(page("/", new ReadCoverage(300, 40)), page("/faq/", new ReadCoverage(140, 128)),
                page("/quote/", new ReadCoverage(142, 100)), page("/thanks/", new ReadCoverage(12, 12)),
                page("/old/", ReadCoverage.UNKNOWN)), List.of(), Brand.EMPTY, CrawlEndReason.COMPLETED));

        assertThat(summary.mostlyUnread()).extracting(CrawlSummary.Page::url)
                .containsExactly("https://acme.example/faq/", "https://acme.example/quote/");
        assertThat(CrawlSummary.describe(summary.mostlyUnread(), 5))
                .isEqualTo("/faq/ (12 of 140 words read), /quote/ (42 of 142 words read)");
        assertThat(CrawlSummary.describe(summary.mostlyUnread(), 1)).isEqualTo("/faq/ (12 of 140 words read), ...");
    }

    private static CrawledPage page(String path, ReadCoverage coverage) {
        URI url = URI.create("https://acme.example" + path);
        return new CrawledPage(url, path, null, "en", url, 1, null, List.of(new Passage(List.of(path), path, null)),
                path, null, null, Instant.EPOCH, false, List.of(), coverage);
    }
}
