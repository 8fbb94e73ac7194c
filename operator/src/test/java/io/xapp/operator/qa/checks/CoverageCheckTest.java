package io.xapp.operator.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoverageCheckTest {

    private static URI u(String path) {
        return URI.create("https://www.x.example" + path);
    }

    private static Set<URI> pages(int n) {
        return IntStream.range(0, n).mapToObj(i -> u("/p" + i)).collect(Collectors.toSet());
    }

    @Test
    void everySitemapPageIndexedOrLeftOutByTheSitePasses() {
        Map<URI, String> excluded = new LinkedHashMap<>();
        excluded.put(u("/internal/"), "robots");
        excluded.put(u("/special"), "noindex");
        excluded.put(u("/gone"), "broken");
        excluded.put(u("/gone2"), "broken");
        var crawl = new CoverageCheck.Crawl(pages(3), excluded, 30, "completed", 100);
        CheckOutcome o = CoverageCheck.judge(crawl, List.of(u("/p0"), u("/p1"), u("/p2"), u("/special")), "",
                "xappbot");
        assertThat(o.result()).isEqualTo(Result.Passed);
        assertThat(o.message()).isEqualTo("3 pages indexed (30 passages); the sitemap lists 4: 3 indexed, 1 left "
                + "out by the site (robots, noindex, canonical); largest exclusion reasons: broken 2, noindex 1, "
                + "robots 1; robots.txt keeps out /internal/ (to let the assistant in while other crawlers stay out, "
                + "give User-agent: xappbot a group of its own in robots.txt)");
    }

    @Test
    void sitemapPagesMissingFromTheIndexWarnWithTheirReason() {
        var crawl = new CoverageCheck.Crawl(pages(2), Map.of(u("/gone"), "broken"), 10, "page-limit", 2);
        CheckOutcome o = CoverageCheck.judge(crawl, List.of(u("/p0"), u("/p1"), u("/gone"), u("/later")), "",
                "xappbot");
        assertThat(o.result()).isEqualTo(Result.Warning);
        assertThat(o.message()).contains("the crawl stopped at its page limit (2 pages",
                "only 2 of the 4 pages in the sitemap", "2 missing (/gone (broken), /later (not reached))");
    }

    @Test
    void nothingIndexedFails() {
        var crawl = new CoverageCheck.Crawl(Set.of(), Map.of(u("/"), "robots"), 0, "robots", 50);
        assertThat(CoverageCheck.judge(crawl, List.of(), "", "xappbot").result()).isEqualTo(Result.Failed);
    }

    @Test
    void withoutASitemapItSaysSo() {
        var crawl = new CoverageCheck.Crawl(pages(5), Map.of(), 12, "completed", 50);
        CheckOutcome o = CoverageCheck.judge(crawl, List.of(), "", "xappbot");
        assertThat(o.result()).isEqualTo(Result.Passed);
        assertThat(o.message()).contains("the site lists no sitemap to compare with");
    }

    @Test
    void aPageTheCrawlerMostlyDidNotReadIsAWarningThatNamesIt() throws Exception {
        var summary = new ObjectMapper().readTree("""
                {"endReason": "completed", "maxPages": 50, "excluded": [], "pages": [
                  {"url": "https://acme.example/", "passages": 9, "words": 300, "unread": 40},
                  {"url": "https://acme.example/faq/", "passages": 1, "words": 140, "unread": 128},
                  {"url": "https://acme.example/thanks/", "passages": 1, "words": 12, "unread": 12},
                  {"url": "https://acme.example/stored-before/", "passages": 3}]}
                """);
        CoverageCheck.Crawl crawl = CoverageCheck.Crawl.of(summary);
        assertThat(crawl.mostlyUnread()).containsExactly("/faq/ (12 of 140 words read)");

        CheckOutcome o = CoverageCheck.judge(crawl, List.of(), "", "xappbot");
        assertThat(o.result()).isEqualTo(Result.Warning);
        assertThat(o.message()).contains("read at most a third of the content of 1 page: /faq/ (12 of 140 words read)");
    }

    @Test
    void passagesWithoutAVectorAreAWarningThatSaysWhenToCheckAgain() throws Exception {
        var summary = new ObjectMapper().readTree("""
                {"endReason": "completed", "maxPages": 50, "excluded": [], "passagesWithoutVector": 7, "pages": [
                  {"url": "https://acme.example/", "passages": 9}, {"url": "https://acme.example/faq/", "passages": 3}]}
                """);
        CheckOutcome o = CoverageCheck.judge(CoverageCheck.Crawl.of(summary), List.of(), "", "xappbot");
        assertThat(o.result()).isEqualTo(Result.Warning);
        assertThat(o.message()).contains("7 of the 12 passages have no vector").contains("keywords alone")
                .contains("run the checks again then");

        var complete = new ObjectMapper().readTree("""
                {"endReason": "completed", "maxPages": 50, "excluded": [], "passagesWithoutVector": 0, "pages": [
                  {"url": "https://acme.example/", "passages": 9}]}
                """);
        assertThat(CoverageCheck.judge(CoverageCheck.Crawl.of(complete), List.of(), "", "xappbot").result())
                .isEqualTo(Result.Passed);
    }
}
