package io.xapp.crawler;

import io.xapp.crawler.CrawlEndReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlResultsTest {

    @Test
    void roundTripsEveryField() {
        CrawlResult result = aResult();
        String json = CrawlResults.toJson(result);
        assertThat(json).contains("\"2025-07-01T10:00:00.123Z\"", "\"canonical duplicate\"");
        assertThat(CrawlResults.fromJson(json)).isEqualTo(result);
        assertThat(CrawlResults.fromJson(json).brand().name().value()).isInstanceOf(String.class);
    }

    @Test
    void writesAndReadsAFileStreamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl.json");
        CrawlResults.write(aResult(), file);
        assertThat(CrawlResults.read(file)).isEqualTo(aResult());
        Files.writeString(file, "[1,2]");
        assertThatThrownBy(() -> CrawlResults.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crawl.json is not a crawl result");
    }

    @Test
    void aCrawlStoredBeforePagesWereMeasuredReadsAsUnmeasured() {
        String json = CrawlResults.toJson(aResult()).replaceAll(",\\s*\"coverage\"\\s*:\\s*\\{[^}]*}", "");
        assertThat(json).doesNotContain("coverage");
        CrawledPage page = CrawlResults.fromJson(json).pages().get(0);
        assertThat(page.coverage()).isEqualTo(ReadCoverage.UNKNOWN);
        assertThat(page.coverage().mostlyUnread()).isFalse();
    }

    @Test
    void aResultWithoutPageTextKeepsEverythingElse() {
        CrawlResult lean = aResult().withoutPageText();
        assertThat(lean.pages()).singleElement().satisfies(page -> {
            assertThat(page.text()).isNull();
            assertThat(page.passages()).isEqualTo(aResult().pages().get(0).passages());
            assertThat(page.etag()).isEqualTo("\"e\"");
        });
        assertThat(CrawlResults.fromJson(CrawlResults.toJson(lean))).isEqualTo(lean);
        assertThat(lean.withoutPageText()).isEqualTo(lean);
    }

    private static CrawlResult aResult() {
        Brand brand = new Brand(new BrandField<>("Acme", 0.9, "og:site_name"), null,
                new BrandField<>("#112233", 1.0, "meta theme-color"), null, null, null, null, null);
        CrawledPage page = new CrawledPage(URI.create("https://acme.example/a?b=1"), "A", "desc", "en",
                URI.create("https://acme.example/a?b=1"), 1, "Text", List.of(new Passage(List.of("H1", "H2"), "H2\nText",
                "h2")), "abc", "\"e\"", "Tue, 01 Jul 2025 10:00:00 GMT", Instant.parse("2025-07-01T10:00:00.123Z"),
                true, List.of(URI.create("https://acme.example/")), new ReadCoverage(120, 7));
        CrawlResult result = new CrawlResult(URI.create("https://acme.example/"), Instant.parse("2025-07-01T10:00:00Z"),
                Instant.parse("2025-07-01T10:01:00Z"), List.of(page), List.of(new Exclusion(
                URI.create("https://acme.example/x"), ExclusionReason.CANONICAL_DUPLICATE, "its canonical URL is y")),
                brand, CrawlEndReason.COMPLETED);
        return result;
    }

    @Test
    void readsResultsWrittenBeforePagesHadLinks() {
        String json = "{\"startUrl\":\"https://a.example/\",\"pages\":[{\"url\":\"https://a.example/\",\"depth\":0,"
                + "\"passages\":[],\"notModified\":false}],\"excluded\":[],\"endReason\":\"completed\",\"future\":1}";
        assertThat(CrawlResults.fromJson(json).pages().get(0).links()).isEmpty();
    }

    @Test
    void rejectsWhatIsNotAResult() {
        assertThatThrownBy(() -> CrawlResults.fromJson("[1,2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a crawl result");
    }
}
