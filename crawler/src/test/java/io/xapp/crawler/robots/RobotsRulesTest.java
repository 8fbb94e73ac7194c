package io.xapp.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    private static final URI ROBOTS = URI.create("https://example.com/robots.txt");

    private static RobotsRules parse(String text) {
        return RobotsRules.parse(ROBOTS, text.getBytes(StandardCharsets.UTF_8), "text/plain",
                "XappBot/0.1 (+https://xapp.io/bot)");
    }

    @Test
    void ourGroupWinsOverTheWildcard() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /\n\nUser-agent: xappbot\nDisallow: /private/\n");
        assertThat(rules.allows(URI.create("https://example.com/about"))).isTrue();
        assertThat(rules.allows(URI.create("https://example.com/private/x"))).isFalse();
    }

    @Test
    void crawlDelayIsReadAndCapped() {
        assertThat(parse("User-agent: *\nCrawl-delay: 2\n").crawlDelay()).contains(Duration.ofSeconds(2));
        assertThat(parse("User-agent: *\nCrawl-delay: 120\n").crawlDelay()).contains(RobotsRules.MAX_CRAWL_DELAY);
        assertThat(parse("User-agent: *\nDisallow:\n").crawlDelay()).isEmpty();
    }

    @Test
    void anAbsurdCrawlDelayMeansDoNotCrawl() {
        // crawler-commons reads a delay over 5 minutes as "keep away"; so do we
        assertThat(parse("User-agent: *\nCrawl-delay: 3600\n").allows(URI.create("https://example.com/"))).isFalse();
    }

    @Test
    void relativeSitemapLinesResolveAgainstTheSite() {
        assertThat(parse("Sitemap: /sitemap.xml\n").sitemaps()).containsExactly("https://example.com/sitemap.xml");
    }

    @Test
    void productTokenComesFromTheUserAgent() {
        assertThat(RobotsRules.productToken("XappBot/0.1 (+https://xapp.io/bot)")).isEqualTo("xappbot");
    }
}
