package io.xapp.crawler.crawl;

import static io.xapp.crawler.crawl.CrawlTestSupport.exclusion;
import static io.xapp.crawler.crawl.CrawlTestSupport.indexedPaths;
import static io.xapp.crawler.crawl.CrawlTestSupport.page;
import static io.xapp.crawler.crawl.CrawlTestSupport.settings;
import static io.xapp.crawler.crawl.CrawlTestSupport.withDepth;
import static io.xapp.crawler.testsupport.LoopbackServer.redirect;
import static io.xapp.crawler.testsupport.LoopbackServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.ExclusionReason;
import io.xapp.crawler.testsupport.HostilePages;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Sites that try to trap, stall or flood the crawler: each crawl still ends, within its limits. */
class HostileSitesTest extends LoopbackCrawlTest {

    /** A calendar whose every month links the next (and the previous): endless. */
    private void serveEndlessCalendar(boolean linkPrevious) {
        server.html("/", page("Events", "Our calendar.", "/calendar?month=1"));
        server.route("/calendar", ex -> {
            int month = Integer.parseInt(ex.getRequestURI().getQuery().substring("month=".length()));
            String next = "/calendar?month=" + (month + 1);
            String previous = "/calendar?month=" + (month - 1);
            send(ex, 200, "text/html", page("Month " + month, "Events in month " + month + ".",
                    linkPrevious ? new String[] {next, previous} : new String[] {next}));
        });
    }

    @Test
    void endlessCalendarEndsAtTheDepthLimit() {
        serveEndlessCalendar(true);
        CrawlResult result = crawler.crawl(withDepth(settings(server), 5));
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.COMPLETED);
        // depth 5 reaches month 5 going forward and month -3 going back (month 1 is depth 1)
        assertThat(indexedPaths(result)).hasSize(10).contains("/", "/calendar?month=5", "/calendar?month=-3")
                .doesNotContain("/calendar?month=6", "/calendar?month=-4");
        assertThat(exclusion(result, "/calendar?month=6")).hasValueSatisfying(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.LIMIT);
            assertThat(e.detail()).contains("depth limit of 5");
        });
    }

    @Test
    void endlessCalendarEndsAtThePageLimit() {
        serveEndlessCalendar(false);
        CrawlResult result = crawler.crawl(withDepth(settings(server), 10_000).withMaxPages(20));
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.PAGE_LIMIT);
        assertThat(result.pages()).hasSize(20);
        assertThat(result.excluded()).anySatisfy(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.LIMIT);
            assertThat(e.detail()).contains("page limit of 20");
        });
    }

    @Test
    void endlessNoindexPagesEndAtTheFetchBudget() {
        server.fallback(ex -> send(ex, 200, "text/html", "<meta name=robots content=noindex><a href=\""
                + ex.getRequestURI().getPath() + "x\">next</a>"));
        CrawlResult result = crawler.crawl(withDepth(settings(server), 10_000).withMaxPages(10));
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.PAGE_LIMIT);
        assertThat(result.pages()).isEmpty();
        assertThat(result.excluded()).anySatisfy(e -> assertThat(e.detail()).contains("fetch budget"));
    }

    @Test
    void redirectLoopsAreExcluded() {
        server.html("/", page("Home", "Welcome.", "/a", "/ok"));
        server.route("/a", ex -> redirect(ex, "/b"));
        server.route("/b", ex -> redirect(ex, "/a"));
        server.html("/ok", page("Ok", "Fine page."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/ok");
        assertThat(exclusion(result, "/a")).hasValueSatisfying(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.REDIRECT);
            assertThat(e.detail()).contains("redirect loop");
        });
    }

    @Test
    void onSiteRedirectsIndexTheTargetOffSiteOnesAreExcluded() {
        server.html("/", page("Home", "Welcome.", "/moved", "/away"));
        server.route("/moved", ex -> redirect(ex, "/new-home"));
        server.html("/new-home", page("New", "The moved page."));
        server.route("/away", ex -> redirect(ex, "http://localhost:" + server.port() + "/x"));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/new-home");
        assertThat(exclusion(result, "/moved")).hasValueSatisfying(e -> assertThat(e.detail()).contains("/new-home"));
        assertThat(exclusion(result, "/away")).hasValueSatisfying(e -> assertThat(e.detail()).contains("off the site"));
        assertThat(server.hits("/x")).isZero();
    }

    @Test
    void hugePagesAndGzipBombsAreCutOff() throws IOException {
        server.html("/", page("Home", "Welcome.", "/huge", "/bomb", "/ok"));
        server.route("/huge", HostilePages.endlessHtml());
        server.route("/bomb", HostilePages.gzipBomb(64 * 1024 * 1024));
        server.html("/ok", page("Ok", "Fine page."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/ok");
        assertThat(exclusion(result, "/huge")).hasValueSatisfying(e ->
                assertThat(e.reason()).isEqualTo(ExclusionReason.TOO_LARGE));
        assertThat(exclusion(result, "/bomb")).hasValueSatisfying(e ->
                assertThat(e.reason()).isEqualTo(ExclusionReason.TOO_LARGE));
    }

    @Test
    void slowPagesTimeOutAndTheCrawlGoesOn() {
        server.html("/", page("Home", "Welcome.", "/trickle", "/stall", "/ok"));
        server.route("/trickle", HostilePages.trickle(Duration.ofMillis(100), 100));
        server.route("/stall", HostilePages.stallBeforeHeaders(Duration.ofSeconds(10)));
        server.html("/ok", page("Ok", "Fine page."));
        CrawlResult result = crawler.crawl(settings(server, Duration.ofSeconds(2)));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/ok");
        for (String slow : new String[] {"/trickle", "/stall"}) {
            assertThat(exclusion(result, slow)).hasValueSatisfying(e -> {
                assertThat(e.reason()).isEqualTo(ExclusionReason.BROKEN);
                assertThat(e.detail()).contains("did not answer within");
            });
        }
        assertThat(server.hits("/stall")).as("retried once").isEqualTo(2);
    }

    @Test
    void wrongAndMissingCharsetsStillReadRight() {
        Charset cp1252 = Charset.forName("windows-1252");
        String body = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, \u20ac4.";
        server.html("/", page("Home", "Welcome.", "/labelled-utf8", "/labelled-latin1", "/unlabelled", "/meta"));
        server.route("/labelled-utf8", ex -> send(ex, 200, "text/html; charset=utf-8",
                page("Latin", body).getBytes(cp1252)));
        server.route("/labelled-latin1", ex -> send(ex, 200, "text/html; charset=iso-8859-1",
                page("Utf", body + " utf").getBytes(StandardCharsets.UTF_8)));
        server.route("/unlabelled", ex -> send(ex, 200, "text/html",
                page("None", body + " none").getBytes(StandardCharsets.UTF_8)));
        server.route("/meta", ex -> send(ex, 200, "text/html", ("<meta charset=\"windows-1252\">"
                + page("Meta", body + " meta")).getBytes(cp1252)));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(result.pages()).hasSize(5);
        assertThat(result.pages().stream().filter(p -> !p.url().getPath().equals("/")))
                .allSatisfy(p -> assertThat(p.text()).contains(body));
    }

    @Test
    void malformedHtmlIsRepaired() {
        server.html("/", "<html><title>Broken</title><body><main><h1>Broken <b>markup</h1><p>First para<p>Second "
                + "<div>para</span></p><ul><li>one<li>two</ul><table><tr><td>Mon<td>9-5</table><a href=/next>next"
                + "</main><footer>Copyright");
        server.html("/next", page("Next", "Still crawled."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/next");
        assertThat(result.pages().get(0).text()).contains("First para", "- one", "- two", "Mon: 9-5")
                .doesNotContain("Copyright");
    }

    @Test
    void robotsTxtServerErrorStopsTheCrawl() {
        server.route("/robots.txt", ex -> send(ex, 503, "text/plain", "down"));
        server.html("/", page("Home", "Welcome.", "/a"));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.ROBOTS);
        assertThat(result.pages()).isEmpty();
        assertThat(server.hits("/")).isZero();
    }

    @Test
    void missingRobotsTxtAllowsEverything() {
        server.route("/robots.txt", ex -> send(ex, 404, "text/plain", "no"));
        server.html("/", page("Home", "Welcome.", "/internal/"));
        server.html("/internal/", page("Internal", "Allowed after all."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/internal/");
    }

    @Test
    void robotsTxtRulesForOurAgentApply() {
        server.route("/robots.txt", ex -> send(ex, 200, "text/plain",
                "User-agent: *\nDisallow: /\n\nUser-agent: XappBot\nDisallow: /private\nCrawl-delay: 0\n"));
        server.html("/", page("Home", "Welcome.", "/private/x", "/public"));
        server.html("/public", page("Public", "Open."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/public");
        assertThat(exclusion(result, "/private/x")).hasValueSatisfying(e ->
                assertThat(e.reason()).isEqualTo(ExclusionReason.ROBOTS));
        assertThat(server.hits("/private/x")).isZero();
    }

    @Test
    void serverErrorsAreRetriedThenGiveUp() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        server.html("/", page("Home", "Welcome.", "/flaky", "/down"));
        server.route("/flaky", ex -> {
            if (calls.incrementAndGet() == 1) {
                send(ex, 503, "text/html", "busy");
            } else {
                send(ex, 200, "text/html", page("Flaky", "Worked the second time."));
            }
        });
        server.route("/down", ex -> send(ex, 500, "text/html", "broken"));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/flaky");
        assertThat(exclusion(result, "/down")).hasValueSatisfying(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.BROKEN);
            assertThat(e.detail()).isEqualTo("HTTP 500");
        });
        assertThat(server.hits("/down")).isEqualTo(2);
    }
}
