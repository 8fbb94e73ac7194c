package io.xapp.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.Brand;
import io.xapp.crawler.CrawlListener;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlResults;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.Crawlers;
import io.xapp.crawler.Exclusion;
import io.xapp.crawler.Passage;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality bar: crawling the Brightside Dental fixture finds exactly what expected.json says. */
class FixtureCrawlTest {

    private static StaticSite site;
    private static Crawler crawler;
    private static JsonNode expected;
    private static CrawlResult result;

    @BeforeAll
    static void crawlFixture() throws IOException {
        expected = new ObjectMapper().readTree(Repo.fixtures().resolve("sites/brightside-dental/expected.json").toFile());
        site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
        crawler = Crawlers.crawler();
        result = crawler.crawl(settings());
    }

    @AfterAll
    static void stop() {
        crawler.close();
        site.close();
    }

    private static CrawlSettings settings() {
        return CrawlSettings.of(site.baseUri()).withPerHostDelay(Duration.ZERO)
                .withFetch(io.xapp.crawler.FetchPolicy.defaults().withAllowLoopback(true));
    }

    @Test
    void indexesExactlyTheIndexablePages() {
        List<String> expectedPaths = new java.util.ArrayList<>();
        expected.get("pagesIndexable").forEach(p -> expectedPaths.add(p.asText()));
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.COMPLETED);
        assertThat(result.pages()).extracting(p -> p.url().getPath()).containsExactlyInAnyOrderElementsOf(expectedPaths);
    }

    @Test
    void excludesEachTrapWithItsReason() {
        Map<String, String> reasons = result.excluded().stream()
                .collect(Collectors.toMap(e -> e.url().getPath(), e -> e.reason().label(), (a, b) -> a));
        Map<String, String> expectedReasons = new HashMap<>();
        expected.get("pagesExcluded").fields().forEachRemaining(e -> expectedReasons.put(e.getKey(), e.getValue().asText()));
        assertThat(reasons).containsAllEntriesOf(expectedReasons);
    }

    @Test
    void readsTheBrand() {
        Brand brand = result.brand();
        assertThat(brand.name().value()).isEqualTo(expected.get("name").asText());
        assertThat(java.net.URI.create(brand.logoUrl().value()).getPath()).isEqualTo(expected.get("logoPath").asText());
        assertThat(brand.themeColor().value()).isEqualTo(expected.get("themeColor").asText());
        assertThat(brand.primaryColor().value()).isEqualTo(expected.get("primaryColor").asText());
        assertThat(brand.secondaryColor().value()).isEqualTo(expected.get("secondaryColor").asText());
        assertThat(brand.accentColor().value()).isEqualTo(expected.get("accentColor").asText());
        assertThat(brand.fontFamily().value()).isEqualTo(expected.get("fontFamily").asText());
        assertThat(brand.description().value()).isEqualTo(expected.get("description").asText());
        assertThat(brand.primaryColor().confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void pagesCarryMetadataAndCleanMainContent() {
        CrawledPage contact = page("/contact.html");
        assertThat(contact.title()).startsWith("Contact, Hours");
        assertThat(contact.description()).contains("opening hours");
        assertThat(contact.language()).isEqualTo("en");
        assertThat(contact.etag()).isNotBlank();
        assertThat(contact.contentHash()).hasSize(64);
        assertThat(contact.text()).contains("Saturday: 9:00 am – 1:00 pm")
                .doesNotContain("Brightside Bulletin", "We use cookies", "Skip to main content", "All rights reserved",
                        "Our Team");
    }

    @Test
    void passagesKeepFactsUnderTheirHeadings() {
        Passage hours = passageContaining("/contact.html", "Saturday: 9:00 am – 1:00 pm");
        assertThat(hours.headingPath()).containsExactly("Contact & directions", "Opening hours");
        assertThat(hours.anchor()).isEqualTo("hours");
        assertThat(hours.text()).contains("Wednesday: 10:00 am – 7:00 pm", "Sunday: Closed");

        Passage insurers = passageContaining("/insurance-and-pricing.html", "Cigna Dental PPO");
        assertThat(insurers.headingPath()).last().isEqualTo("Insurance plans we're in network with");
        assertThat(insurers.text()).contains("- Delta Dental PPO and Delta Dental Premier", "- MetLife PDP");

        Passage prices = passageContaining("/insurance-and-pricing.html", "Routine adult cleaning and exam: $145");
        assertThat(prices.headingPath()).last().isEqualTo("Fees without insurance");

        Passage knockedOut = passageContaining("/blog/what-to-do-if-you-chip-a-tooth.html", "cup of milk");
        assertThat(knockedOut.headingPath()).last().isEqualTo("If a permanent tooth is knocked out");
        assertThat(page("/blog/what-to-do-if-you-chip-a-tooth.html").text()).doesNotContain("Recent posts", "Topics");
    }

    @Test
    void passagesAreParagraphSized() {
        List<Passage> all = result.pages().stream().flatMap(p -> p.passages().stream()).toList();
        assertThat(all).allSatisfy(p -> assertThat(p.text().length()).isBetween(2, 1200));
        double average = all.stream().mapToInt(p -> p.text().length()).average().orElse(0);
        assertThat(average).isBetween(100.0, 900.0);
    }

    @Test
    void everyAnswerInTheQaFileIsInSomePassageOfItsSourcePage() throws IOException {
        JsonNode qa = new ObjectMapper().readTree(Repo.fixtures().resolve("sites/brightside-dental/qa.json").toFile());
        for (JsonNode item : qa) {
            if (!item.has("sourcePath") || !item.has("answerContains")) {
                continue;
            }
            CrawledPage source = page(item.get("sourcePath").asText());
            for (JsonNode fact : item.get("answerContains")) {
                assertThat(source.passages()).as("%s: %s", item.get("q").asText(), fact.asText())
                        .anySatisfy(p -> assertThat(p.text()).containsIgnoringCase(fact.asText()));
            }
        }
    }

    @Test
    void roundTripsThroughJson() {
        String json = CrawlResults.toJson(result);
        CrawlResult back = CrawlResults.fromJson(json);
        assertThat(back).isEqualTo(result);
        assertThat(json).contains("\"canonical duplicate\"", "\"non-HTML\"");
    }

    @Test
    void recrawlWithPreviousResultReusesUnchangedPages() {
        int before = site.hits("/contact.html");
        CrawlResult again = crawler.start(settings(), CrawlResults.fromJson(CrawlResults.toJson(result)),
                CrawlListener.NONE).result().join();
        assertThat(site.hits("/contact.html")).isEqualTo(before + 1);
        assertThat(again.pages()).extracting(p -> p.url().getPath())
                .containsExactlyInAnyOrderElementsOf(result.pages().stream().map(p -> p.url().getPath()).toList());
        CrawledPage contact = again.pages().stream().filter(p -> p.url().getPath().equals("/contact.html")).findFirst()
                .orElseThrow();
        assertThat(contact.notModified()).isTrue();
        assertThat(contact.passages()).isEqualTo(page("/contact.html").passages());
        assertThat(again.excluded()).extracting(Exclusion::url).containsExactlyInAnyOrderElementsOf(
                result.excluded().stream().map(Exclusion::url).toList());
    }

    private static CrawledPage page(String path) {
        return result.pages().stream().filter(p -> p.url().getPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("not indexed: " + path));
    }

    private static Passage passageContaining(String path, String text) {
        return page(path).passages().stream().filter(p -> p.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage of " + path + " contains " + text));
    }
}
