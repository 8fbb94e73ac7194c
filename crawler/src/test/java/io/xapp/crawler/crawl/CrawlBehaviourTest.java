package io.xapp.crawler.crawl;

import static io.xapp.crawler.crawl.CrawlTestSupport.exclusion;
import static io.xapp.crawler.crawl.CrawlTestSupport.indexedPaths;
import static io.xapp.crawler.crawl.CrawlTestSupport.page;
import static io.xapp.crawler.crawl.CrawlTestSupport.settings;
import static io.xapp.crawler.testsupport.LoopbackServer.redirect;
import static io.xapp.crawler.testsupport.LoopbackServer.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlJob;
import io.xapp.crawler.CrawlListener;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.ExclusionReason;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CrawlBehaviourTest extends LoopbackCrawlTest {

    /** "/" and "/p/N" pages, each taking {@code delayMs} to answer and linking two more: endless. */
    private void serveEndlessSlowPages(long delayMs) {
        server.fallback(ex -> {
            String path = ex.getRequestURI().getPath();
            if (!path.equals("/") && !path.startsWith("/p/")) {
                send(ex, 404, "text/plain", "no");
                return;
            }
            sleepQuietly(delayMs);
            int n = path.equals("/") ? 0 : Integer.parseInt(path.substring(3));
            send(ex, 200, "text/html", page("Page " + n, "Content of page " + n + ".", "/p/" + (n + 1),
                    "/p/" + (n + 2)));
        });
    }

    @Test
    void progressIsObservableAndCancelEndsTheCrawl() {
        serveEndlessSlowPages(100);
        AtomicInteger progressCalls = new AtomicInteger();
        CrawlJob job = crawler.start(settings(server).withMaxPages(10_000), null, new CrawlListener() {
            @Override
            public void onProgress(io.xapp.crawler.CrawlProgress progress) {
                progressCalls.incrementAndGet();
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> job.progress().pagesDone() >= 3);
        assertThat(job.progress().elapsed()).isPositive();
        job.cancel();
        CrawlResult result = job.result().orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.CANCELLED);
        assertThat(result.pages().size()).isGreaterThanOrEqualTo(3);
        assertThat(progressCalls.get()).isPositive();
    }

    @Test
    void closingTheCrawlerEndsItsCrawls() {
        serveEndlessSlowPages(100);
        Crawler own = io.xapp.crawler.Crawlers.crawler();
        CrawlJob job = own.start(settings(server).withMaxPages(10_000), null, CrawlListener.NONE);
        await().atMost(Duration.ofSeconds(30)).until(() -> job.progress().pagesDone() >= 1);
        own.close();
        CrawlResult result = job.result().orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.CANCELLED);
    }

    /** The close lands while the crawl still starts: its workers are refused, which must read as the cancel. */
    @Test
    void closingTheCrawlerWhileACrawlStartsEndsItCancelled() throws InterruptedException {
        serveEndlessSlowPages(0);
        CountDownLatch sitemapAsked = new CountDownLatch(1);
        server.route("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nSitemap: "
                + server.url("/sitemap.xml") + "\n"));
        // A slow stylesheet keeps the brand task running, so the close cannot end the crawl before it starts.
        server.route("/", ex -> send(ex, 200, "text/html", page("Home", "Welcome.", "/p/1")
                .replace("</head>", "<link rel=stylesheet href=/slow.css></head>")));
        server.route("/slow.css", ex -> {
            sleepQuietly(2_000);
            send(ex, 200, "text/css", "body{color:#123456}");
        });
        server.route("/sitemap.xml", ex -> {
            sitemapAsked.countDown();
            sleepQuietly(1_000);
            send(ex, 200, "application/xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>");
        });
        Crawler own = io.xapp.crawler.Crawlers.crawler();
        CrawlJob job = own.start(settings(server).withMaxPages(10_000), null, CrawlListener.NONE);
        assertThat(sitemapAsked.await(30, TimeUnit.SECONDS)).isTrue();
        own.close();
        CrawlResult result = job.result().orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.CANCELLED);
        assertThat(result.pages()).extracting(p -> p.url().getPath()).contains("/");
    }

    @Test
    void theTimeLimitEndsTheCrawl() {
        serveEndlessSlowPages(300);
        CrawlSettings s = settings(server);
        CrawlResult result = crawler.crawl(new CrawlSettings(s.startUrl(), 10_000, 10_000, Duration.ofSeconds(1),
                2, Duration.ZERO, 0, List.of(), List.of(), s.fetch()));
        assertThat(result.endReason()).isEqualTo(CrawlEndReason.TIME_LIMIT);
        assertThat(result.excluded()).anySatisfy(e -> assertThat(e.detail()).contains("time limit"));
    }

    @Test
    void robotsCrawlDelayMeansOneRequestAtATime() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        server.route("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nCrawl-delay: 0.01\n"));
        server.fallback(ex -> {
            String path = ex.getRequestURI().getPath();
            if (!path.equals("/") && !path.startsWith("/p/")) {
                send(ex, 404, "text/plain", "no");
                return;
            }
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleepQuietly(20);
            int n = path.equals("/") ? 0 : Integer.parseInt(path.substring(3));
            inFlight.decrementAndGet(); // before answering: the client may ask again as soon as it has the answer
            send(ex, 200, "text/html", page("Page " + n, "Text " + n + ".", "/p/" + (2 * n + 1), "/p/" + (2 * n + 2)));
        });
        CrawlResult result = crawler.crawl(settings(server).withWorkers(4).withMaxPages(15));
        assertThat(result.pages()).hasSize(15);
        assertThat(maxInFlight.get()).isEqualTo(1);
    }

    @Test
    void nofollowPagesAreIndexedButTheirLinksAreNot() {
        server.html("/", page("Home", "Welcome.", "/nofollow"));
        server.html("/nofollow", "<html><head><meta name=robots content=nofollow><title>N</title></head><body>"
                + "<p>Indexed but not followed.</p><a href=/hidden>hidden</a></body></html>");
        server.html("/hidden", page("Hidden", "Never reached."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/nofollow");
        assertThat(server.hits("/hidden")).isZero();
    }

    /** A home page linking to two pages whose main content is the same. */
    private void serveTwoPagesOfTheSameWords() {
        server.html("/", page("Home", "Welcome.", "/a", "/b"));
        server.html("/a", page("Same", "Exactly the same words."));
        server.html("/b", page("Same", "Exactly the same words."));
    }

    @Test
    void aCrawlWithoutPageTextKeepsPassagesHashesAndDuplicateDetection() {
        serveTwoPagesOfTheSameWords();
        CrawlResult full = crawler.crawl(settings(server));
        CrawlResult lean = crawler.crawl(settings(server).withoutPageText());

        assertThat(lean.pages()).allSatisfy(p -> assertThat(p.text()).isNull());
        assertThat(lean.pages()).extracting(p -> p.passages(), p -> p.contentHash())
                .containsExactlyInAnyOrderElementsOf(full.pages().stream()
                        .map(p -> tuple(p.passages(), p.contentHash())).toList());
        assertThat(lean.excluded()).extracting(e -> e.reason()).containsExactly(ExclusionReason.DUPLICATE_CONTENT);
    }

    @Test
    void duplicateContentIsIndexedOnce() {
        serveTwoPagesOfTheSameWords();
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(result.pages()).hasSize(2);
        assertThat(result.excluded()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.DUPLICATE_CONTENT);
            assertThat(e.detail()).contains("same main content as");
        });
    }

    @Test
    void includeAndExcludePatternsDecideWhatIsIndexed() {
        server.html("/", page("Home", "Welcome.", "/services/a", "/blog/b", "/services/private/c"));
        server.html("/services/a", page("A", "Service A."));
        server.html("/blog/b", page("B", "Blog B."));
        server.html("/services/private/c", page("C", "Private C."));
        CrawlResult result = crawler.crawl(settings(server).withPatterns(List.of("/services/**"),
                List.of("/services/private/**")));
        assertThat(indexedPaths(result)).containsExactly("/services/a");
        assertThat(exclusion(result, "/blog/b")).hasValueSatisfying(e ->
                assertThat(e.reason()).isEqualTo(ExclusionReason.EXCLUDED_PATTERN));
        assertThat(server.hits("/services/private/c")).isZero();
    }

    @Test
    void readsSitemapIndexesWithRelativeAndGzippedSitemaps() throws IOException {
        server.route("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nSitemap: /sitemap-index.xml\n"));
        server.route("/sitemap-index.xml", ex -> send(ex, 200, "application/xml",
                "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<sitemap><loc>/pages.xml</loc></sitemap><sitemap><loc>/more.xml.gz</loc></sitemap>"
                        + "</sitemapindex>"));
        server.route("/pages.xml", ex -> send(ex, 200, "application/xml", urlset("/orphan-1")));
        byte[] gz = gzip(urlset("/orphan-2"));
        server.route("/more.xml.gz", ex -> send(ex, 200, "application/x-gzip", gz));
        server.html("/", page("Home", "Welcome."));
        server.html("/orphan-1", page("Orphan 1", "Only in the sitemap."));
        server.html("/orphan-2", page("Orphan 2", "Only in the gzipped sitemap."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/orphan-1", "/orphan-2");
        assertThat(result.pages()).filteredOn(p -> p.url().getPath().startsWith("/orphan"))
                .extracting(CrawledPage::depth).containsOnly(1);
    }

    @Test
    void aCanonicalUrlOnAnotherSiteDoesNotDropThePage() {
        // A site served on a builder's address whose pages name the customer's domain as canonical.
        server.html("/", withCanonical(page("Home", "Welcome.", "/rooms"), "https://www.inn.example/"));
        server.html("/rooms", withCanonical(page("Rooms", "Four rooms."), "https://www.inn.example/rooms"));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/rooms");
        assertThat(result.excluded()).isEmpty();
    }

    @Test
    void linksToTheAddressTheStartPageNamesAsItsOwnAreReadOnThisSite() {
        // Wix writes every link absolute, on the customer's domain; the site is served on another address here.
        server.html("/", withCanonical(page("Home", "Welcome.", "https://www.fence.example/pricing",
                "https://fence.example/faq", "https://other.example/elsewhere"), "https://www.fence.example"));
        server.html("/pricing", page("Pricing", "Cedar from $32 per foot."));
        server.html("/faq", page("FAQ", "Permits are on us."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/pricing", "/faq");
    }

    @Test
    void aCanonicalUrlOnThisSiteCountsWhateverItsScheme() {
        String https = "https://" + server.url("/").getHost();
        server.html("/", withCanonical(page("Home", "Welcome.", "/print/rooms"), https + "/"));
        server.html("/print/rooms", withCanonical(page("Rooms", "Four rooms."), https + "/rooms"));
        server.html("/rooms", page("Rooms", "Four rooms, with their prices."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/", "/rooms");
        assertThat(exclusion(result, "/print/rooms")).hasValueSatisfying(e ->
                assertThat(e.reason()).isEqualTo(ExclusionReason.CANONICAL_DUPLICATE));
    }

    private static String withCanonical(String html, String canonical) {
        return html.replace("</head>", "<link rel=canonical href=\"" + canonical + "\"></head>");
    }

    @Test
    void trackingParametersAndFragmentsDoNotMakeNewPages() {
        server.html("/", page("Home", "Welcome.", "/a?utm_source=x&utm_medium=y", "/a#top", "/a?gclid=1",
                "/./a", "/b/../a"));
        server.html("/a", page("A", "The page."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).as(result.toString()).containsExactlyInAnyOrder("/", "/a");
        assertThat(server.hits("/a")).isEqualTo(1);
    }

    @Test
    void startPageRedirectFixesTheSite() {
        server.route("/", ex -> redirect(ex, "/en/"));
        server.html("/en/", page("English", "Welcome.", "/en/about"));
        server.html("/en/about", page("About", "About us."));
        CrawlResult result = crawler.crawl(settings(server));
        assertThat(indexedPaths(result)).containsExactlyInAnyOrder("/en/", "/en/about");
        assertThat(exclusion(result, "/")).hasValueSatisfying(e ->
                assertThat(e.reason()).isEqualTo(ExclusionReason.REDIRECT));
    }

    @Test
    void anUncrawlableStartFailsTheJob() {
        server.route("/", ex -> send(ex, 404, "text/html", "gone"));
        assertThatThrownBy(() -> crawler.crawl(settings(server))).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_ERROR);
                    assertThat(e.getMessage()).contains("404");
                });
        CrawlSettings noLoopback = settings(server).withFetch(FetchPolicy.defaults());
        assertThatThrownBy(() -> crawler.crawl(noLoopback)).cause().isInstanceOfSatisfying(FetchException.class,
                e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS));
    }

    @Test
    void badSettingsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> crawler.start(settings(server).withWorkers(0), null, CrawlListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workers");
        assertThatThrownBy(() -> crawler.start(settings(server).withPatterns(List.of("services/*"), List.of()), null,
                CrawlListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("services/*");
    }

    @Test
    void aFailingListenerDoesNotStopTheCrawl() {
        server.html("/", page("Home", "Welcome.", "/a"));
        server.html("/a", page("A", "Page A."));
        CrawlResult result = crawler.start(settings(server), null, new CrawlListener() {
            @Override
            public void onPage(CrawledPage page) {
                throw new IllegalStateException("listener bug");
            }
        }).result().join();
        assertThat(result.pages()).hasSize(2);
    }

    private static String urlset(String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/"
                + "sitemap/0.9\">");
        for (String p : paths) {
            xml.append("<url><loc>").append(p).append("</loc></url>");
        }
        return xml.append("</urlset>").toString();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
