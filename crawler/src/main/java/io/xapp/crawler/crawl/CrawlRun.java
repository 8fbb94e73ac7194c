package io.xapp.crawler.crawl;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.Brand;
import io.xapp.crawler.CrawlJob;
import io.xapp.crawler.CrawlListener;
import io.xapp.crawler.CrawlProgress;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.ExclusionReason;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.brand.HomePageClues;
import io.xapp.crawler.brand.SiteBrandAnalyzer;
import io.xapp.crawler.fetch.Fetcher;
import io.xapp.crawler.robots.RobotsRules;
import io.xapp.crawler.robots.Sitemaps;
import io.xapp.crawler.url.PathGlob;
import io.xapp.crawler.url.SiteScope;
import io.xapp.crawler.url.UrlNormalizer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl from start to result: reads robots.txt, fetches the start page (which fixes the site and yields the
 * brand), seeds the frontier from sitemaps, then runs the workers until the frontier is
 * empty, a limit is reached or the crawl is cancelled.
 */
final class CrawlRun implements CrawlJob {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);
    /** Never keep more URLs waiting or remembered than this, whatever the page limit. */
    private static final int MAX_SEEN = 200_000;
    /** Fetches allowed per indexed page of the limit, so a site of endless noindex or broken pages also ends. */
    private static final int FETCHES_PER_PAGE = 3;

    private final CrawlSettings settings;
    private final Fetcher fetcher;
    private final ExecutorService pool;
    private final CrawlRecord record;
    private final Frontier frontier;
    private final RobotsCache robots;
    private final Map<String, CrawledPage> previousPages = new HashMap<>();
    private final List<PathGlob> exclude;
    private final Instant startedAt = Instant.now();
    private final long deadlineNanos;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<CrawlEndReason> endReason = new AtomicReference<>();
    private final AtomicInteger runningWorkers = new AtomicInteger();
    private final AtomicInteger fetchBudget;
    private final CompletableFuture<CrawlResult> result = new CompletableFuture<>();
    private volatile CompletableFuture<Brand> brand = CompletableFuture.completedFuture(Brand.EMPTY);
    private volatile SiteScope scope;
    private volatile PageTask pages;

    CrawlRun(CrawlSettings settings, CrawlResult previous, CrawlListener listener, Fetcher fetcher,
             ExecutorService pool) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.pool = pool;
        this.record = new CrawlRecord(listener == null ? CrawlListener.NONE : listener);
        this.frontier = new Frontier(Math.max(1000, settings.maxPages() * 10), MAX_SEEN);
        this.robots = new RobotsCache(fetcher, settings.fetch());
        this.exclude = PathGlob.all(settings.excludePatterns());
        this.deadlineNanos = System.nanoTime() + settings.maxTotalTime().toNanos();
        this.fetchBudget = new AtomicInteger((int) Math.min(Integer.MAX_VALUE,
                (long) settings.maxPages() * FETCHES_PER_PAGE + 100));
        if (previous != null) {
            previous.pages().forEach(p -> previousPages.put(p.url().toString(), p));
        }
    }

    void start() {
        pool.execute(this::bootstrap);
    }

    private void bootstrap() {
        if (isStopping()) {
            finish(); // cancelled before it began
            return;
        }
        try {
            URI start = UrlNormalizer.normalize(settings.startUrl()).orElseThrow(() -> new FetchException(
                    settings.startUrl(), FetchException.Reason.INVALID_URL,
                    "start URL is not an absolute http(s) URL: " + settings.startUrl()));
            RobotsRules startRobots = robots.forUrl(start);
            if (startRobots.stopReason() != null) {
                LOG.info("crawl of {} stopped: {}", start, startRobots.stopReason());
                stop(CrawlEndReason.ROBOTS);
                finish();
                return;
            }
            scope = SiteScope.of(start);
            Politeness politeness = new Politeness(settings.workers(), settings.perHostDelay(),
                    startRobots.crawlDelay().orElse(null), stopped);
            pages = new PageTask(this, new Retries(fetcher, politeness, settings.maxRetries()));
            frontier.markSeen(start);
            if (!startRobots.allows(start)) {
                record.exclude(start, ExclusionReason.ROBOTS, "robots.txt disallows the start page");
            } else {
                // Run here, not on a worker: its redirects fix the site and a failure fails the whole crawl.
                pages.crawlStart(start);
            }
            seed(startRobots);
            startWorkers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(CrawlEndReason.CANCELLED);
            finish();
        } catch (RuntimeException e) {
            failUnlessStopping(e);
        }
    }

    /**
     * A crawl cancelled or closed while it starts sees its fetches cut and its workers refused; that is how the
     * cancel shows, not a failure, so the crawl ends with what it found.
     */
    private void failUnlessStopping(RuntimeException e) {
        if (isStopping()) {
            finish();
            return;
        }
        if (!(e instanceof FetchException)) {
            LOG.error("crawl of {} failed", settings.startUrl(), e); // a fetch failure is the caller's to report
        }
        result.completeExceptionally(e);
    }

    /** Sitemap URLs go in at depth 1: links may miss them. */
    private void seed(RobotsRules startRobots) {
        List<URI> sitemapUrls = Sitemaps.startUrls(startRobots, scope.origin());
        for (URI url : Sitemaps.read(fetcher, sitemapUrls, settings.fetch(), settings.maxPages() * 2)) {
            admit(url, 1);
        }
    }

    private void startWorkers() {
        int n = settings.workers();
        runningWorkers.set(n);
        for (int i = 0; i < n; i++) {
            pool.execute(this::work);
        }
    }

    private void work() {
        try {
            Frontier.Task task;
            while ((task = frontier.take()) != null) {
                try {
                    if (System.nanoTime() > deadlineNanos) {
                        stop(CrawlEndReason.TIME_LIMIT);
                        record.exclude(task.url(), ExclusionReason.LIMIT, limitDetail());
                    } else if (fetchBudget.decrementAndGet() < 0) {
                        stop(CrawlEndReason.PAGE_LIMIT);
                        record.exclude(task.url(), ExclusionReason.LIMIT, "fetch budget used up ("
                                + FETCHES_PER_PAGE + " per page of the page limit of " + settings.maxPages() + ")");
                    } else {
                        pages.crawl(task.url(), task.depth());
                    }
                } catch (RuntimeException e) {
                    LOG.warn("unexpected failure crawling {}", task.url(), e);
                    record.exclude(task.url(), ExclusionReason.BROKEN, "crawler error: " + e);
                } finally {
                    frontier.done();
                    record.reportProgress(frontier.queued());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(CrawlEndReason.CANCELLED);
        } finally {
            if (runningWorkers.decrementAndGet() == 0) {
                finish();
            }
        }
    }

    /**
     * Decides what happens to a URL found on the site: queued, or excluded with a reason. Off-site URLs are
     * ignored, but for those on the address the site's pages name as their own, read on this site
     * ({@link SiteScope#ownAddress}); URLs seen before are dropped.
     */
    void admit(URI found, int depth) {
        URI url = scope.ownAddress(found);
        if (!scope.contains(url)) {
            return;
        }
        URI u = scope.canonicalHost(url);
        if (!frontier.markSeen(u)) {
            return;
        }
        if (PathGlob.anyMatches(exclude, u.getPath())) {
            record.exclude(u, ExclusionReason.EXCLUDED_PATTERN, "matches an exclude pattern " + exclude);
        } else if (depth > settings.maxDepth()) {
            record.exclude(u, ExclusionReason.LIMIT, "deeper than the depth limit of " + settings.maxDepth());
        } else if (!robotsAllow(u)) {
            record.exclude(u, ExclusionReason.ROBOTS, "robots.txt disallows it");
        } else if (!frontier.hasRoom()) {
            record.exclude(u, ExclusionReason.LIMIT, "too many URLs waiting (" + frontier.queued() + ")");
        } else if (!frontier.offer(u, depth)) {
            record.exclude(u, ExclusionReason.LIMIT, limitDetail());
        }
    }

    boolean robotsAllow(URI url) {
        try {
            return robots.forUrl(url).allows(url);
        } catch (FetchException e) {
            return false; // its host cannot be reached anyway
        }
    }

    void startBrand(HomePageClues clues) {
        brand = CompletableFuture.supplyAsync(() -> SiteBrandAnalyzer.fromHomePage(fetcher, clues, settings.fetch()),
                pool).exceptionally(e -> {
                    LOG.warn("brand of {} could not be read", clues.pageUrl(), e);
                    return Brand.EMPTY;
                });
    }

    /** Reserves one of the page limit's slots; false (and the crawl stops) when the limit is reached. */
    boolean claimPageSlot(AtomicInteger indexed) {
        if (indexed.incrementAndGet() > settings.maxPages()) {
            stop(CrawlEndReason.PAGE_LIMIT);
            return false;
        }
        return true;
    }

    void stop(CrawlEndReason reason) {
        if (endReason.compareAndSet(null, reason)) {
            stopped.countDown();
            List<Frontier.Task> left = frontier.close();
            if (reason.isLimit()) {
                left.forEach(t -> record.exclude(t.url(), ExclusionReason.LIMIT, limitDetail()));
            }
        }
    }

    boolean isStopping() {
        return endReason.get() != null;
    }

    String limitDetail() {
        CrawlEndReason reason = endReason.get();
        if (reason == CrawlEndReason.PAGE_LIMIT) {
            return "page limit of " + settings.maxPages() + " reached";
        }
        if (reason == CrawlEndReason.TIME_LIMIT) {
            return "time limit of " + settings.maxTotalTime() + " reached";
        }
        return "crawl ended before it was fetched";
    }

    private void finish() {
        CrawlEndReason reason = endReason.get() == null ? CrawlEndReason.COMPLETED : endReason.get();
        // The brand fetches (a few stylesheets and a manifest) end within their own timeouts; the bound only
        // matters when the crawler was closed and dropped the brand task.
        Duration brandBound = settings.fetch().requestTimeout().multipliedBy(8);
        brand.completeOnTimeout(Brand.EMPTY, brandBound.toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(b -> result.complete(new CrawlResult(settings.startUrl(), startedAt, Instant.now(),
                        record.sortedPages(), record.sortedExclusions(), b, reason)));
        LOG.debug("crawl of {} ended: {}", settings.startUrl(), reason);
    }

    CrawlSettings settings() {
        return settings;
    }

    CrawlRecord record() {
        return record;
    }

    /** The start page's redirects decide the site: http may become https, example.com www.example.com. */
    void scopeTo(SiteScope site) {
        this.scope = site;
    }

    SiteScope scope() {
        return scope;
    }

    Frontier frontier() {
        return frontier;
    }

    CrawledPage previousPage(URI url) {
        return previousPages.get(url.toString());
    }

    @Override
    public CrawlProgress progress() {
        return record.progress(frontier.queued());
    }

    @Override
    public CompletableFuture<CrawlResult> result() {
        return result;
    }

    @Override
    public void cancel() {
        stop(CrawlEndReason.CANCELLED);
    }

    /** The crawler is closing: end now with what was found, even if queued workers will never run. */
    void abandon() {
        stop(CrawlEndReason.CANCELLED);
        finish();
    }
}
