package io.xapp.runtime.content;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.xapp.crawler.CrawlJob;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.CrawlerConfig;
import io.xapp.crawler.Crawlers;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.xapp.runtime.config.RuntimeSettings;
import io.xapp.runtime.config.XappProperties;
import io.xapp.runtime.semantic.Embedder;
import io.xapp.runtime.semantic.EmbeddingUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps the index fresh: opens the stored index at start (so a restart serves at once), crawls when there is none
 * or it is older than the cadence, then again every cadence, re-fetching conditionally from the last crawl. All of
 * it runs on one background thread; requests only ever read the current generation.
 */
@ApplicationScoped
public class ContentService {

    private static final Logger LOG = Logger.getLogger(ContentService.class);
    /** First retry after a failed crawl; doubles up to the cadence. */
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    private final RuntimeSettings settings;
    private final Embedder embedder;
    /** How often a generation with passages left without a vector checks whether the service is back. */
    private final Duration vectorCheck;
    private final ContentIndex index = new ContentIndex();
    private final Clock clock = Clock.systemUTC();
    private final ContentProgress progress;
    private IndexStore store;
    private ScheduledExecutorService scheduler;
    private Crawler crawler;
    private volatile CrawlJob running;
    private Duration retryDelay = FIRST_RETRY;

    ContentService(RuntimeSettings settings, XappProperties properties, Embedder embedder, MeterRegistry registry) {
        this.settings = settings;
        this.embedder = embedder;
        this.vectorCheck = properties.vectorCheckInterval();
        this.progress = new ContentProgress(settings.website(), clock);
        registry.gauge("xapp.index.passages.without.vector", index, ContentService::passagesWithoutVector);
        FunctionCounter.builder("xapp.inference.busy", embedder, Embedder::busyAnswers)
                .description("calls the inference service refused as busy (503); index builds wait them out")
                .register(registry);
    }

    private static double passagesWithoutVector(ContentIndex index) {
        try (var lease = index.acquire().orElse(null)) {
            return lease == null ? 0 : lease.generation().missingVectors();
        }
    }

    @Produces
    @Singleton
    ContentIndex index() {
        return index;
    }

    void start(@Observes StartupEvent event) {
        store = IndexStore.in(settings.dataDir());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xapp-content");
            t.setDaemon(true);
            return t;
        });
        // Small: one crawl at a time, two workers, beside the visitors' requests.
        crawler = Crawlers.crawler(new CrawlerConfig(2, 4));
        Duration firstCrawl = openStored().map(this::untilDue).orElse(Duration.ZERO);
        scheduler.schedule(this::crawl, firstCrawl.toMillis(), TimeUnit.MILLISECONDS);
        if (embedder.configured()) {
            scheduler.scheduleWithFixedDelay(this::completeVectors, vectorCheck.toMillis(), vectorCheck.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Builds the current generation again from its crawl when passages lack a vector (the inference service was
     * away when it was built) or their vectors are of a model the service no longer runs, and the service answers
     * now. No crawl: vectors already held are kept, only what is missing is embedded.
     */
    void completeVectors() {
        if (running != null) {
            return;
        }
        Optional<Embedder.Model> indexModel;
        int missing;
        try (var lease = index.acquire().orElse(null)) {
            if (lease == null) {
                return;
            }
            indexModel = lease.generation().vectorModel();
            missing = lease.generation().missingVectors();
        }
        Embedder.Model serviceModel;
        try {
            serviceModel = embedder.model();
        } catch (EmbeddingUnavailableException e) {
            return;
        }
        if (missing == 0 && indexModel.filter(serviceModel::equals).isPresent()) {
            return;
        }
        try {
            Optional<IndexStore.Stored> current = store.current();
            if (current.isEmpty()) {
                return;
            }
            LOG.infof("embedding what the index of %s lacks (%d passages without a vector, vectors of %s, service "
                    + "runs %s)", settings.website(), missing, indexModel.map(Embedder.Model::name).orElse("none"),
                    serviceModel.name());
            progress.indexing(current.get().summary().pages().size());
            publish(store.write(current.get().crawl(), embedder, progress));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("completing the index's vectors failed (%s); trying again in %s", rootMessage(e), vectorCheck);
        } finally {
            progress.done();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        CrawlJob job = running;
        if (job != null) {
            job.cancel();
        }
        scheduler.shutdownNow();
        crawler.close();
        index.close();
    }

    /** How far the crawl or index build under way has come ({@link ContentProgress#describe()}); empty when idle. */
    Optional<String> workInProgress() {
        return progress.describe();
    }

    private Optional<Instant> openStored() {
        Optional<IndexStore.Stored> stored = store.current();
        // Whatever else is there is a crash's leftover: no reader has it open yet.
        store.removeAllBut(stored.map(IndexStore.Stored::dir).orElse(null));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            publish(stored.get());
            CrawlSummary crawl = stored.get().summary();
            if (!sameSite(stored.get().startUrl(), settings.website())) {
                // The website moved (the data dir outlived the pod): the old site's content beats no answers until
                // the new site is indexed, which starts now rather than a cadence later.
                LOG.infof("serving the stored index of %s until %s, the website now, is crawled",
                        stored.get().startUrl(), settings.website());
                return Optional.empty();
            }
            LOG.infof("serving the stored index of %s (%d pages, crawled %s)", settings.website(),
                    crawl.pages().size(), crawl.finishedAt());
            return Optional.of(crawl.finishedAt());
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "the stored index cannot be opened; crawling %s anew", settings.website());
            return Optional.empty();
        }
    }

    private static boolean sameSite(URI crawled, URI website) {
        return crawled != null && withSlash(crawled).equals(withSlash(website));
    }

    private static String withSlash(URI uri) {
        String s = uri.normalize().toString();
        return s.endsWith("/") ? s : s + "/";
    }

    private Duration untilDue(Instant lastFinished) {
        Duration age = Duration.between(lastFinished, clock.instant());
        Duration left = settings.crawlCadence().minus(age);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void crawl() {
        if (running != null) {
            return;
        }
        try {
            LOG.infof("crawling %s", settings.website());
            // The last crawl is read from disk only now: it is needed for conditional re-fetch during a crawl alone.
            Optional<IndexStore.Stored> current = store.current();
            CrawlResult previous = current.isPresent() ? current.get().crawl() : null;
            progress.crawling();
            CrawlJob job = crawler.start(CrawlSettingsFactory.of(settings), previous, progress);
            running = job;
            CrawlResult result = job.result().join();
            int serving = current.map(c -> c.summary().pages().size()).orElse(0);
            if (result.pages().isEmpty() && serving > 0) {
                // A site that indexes nothing today (every page marked noindex for a day, robots.txt closed by
                // mistake, canonicals naming a new domain) is broken, not empty: the last index beats no answers.
                LOG.warnf("the crawl of %s indexed no page (%s; ended: %s); the index of %d pages crawled %s stays. "
                        + "Check that the site's pages load and are not marked noindex or canonical elsewhere; "
                        + "retrying in %s", settings.website(), exclusionCounts(result), result.endReason().label(),
                        serving, current.get().summary().finishedAt(), retryDelay);
                retryLater();
                return;
            }
            progress.indexing(result.pages().size());
            IndexStore.Stored stored = store.write(result, embedder, progress);
            publish(stored);
            LOG.infof("indexed %d pages of %s (%d excluded, ended: %s)", result.pages().size(), settings.website(),
                    result.excluded().size(), result.endReason().label());
            List<CrawlSummary.Page> unread = stored.summary().mostlyUnread();
            if (!unread.isEmpty()) {
                // Indexed, yet most of its text in no passage: markup the crawler misreads, lost without an error.
                LOG.warnf("the crawler read at most a third of the content of %d pages of %s: %s. The assistant "
                        + "cannot answer from what it did not read; the preview page lists them for QA review",
                        unread.size(), settings.website(), CrawlSummary.describe(unread, 5));
            }
            retryDelay = FIRST_RETRY;
            schedule(settings.crawlCadence());
        } catch (IOException | RuntimeException e) {
            LOG.errorf("crawling or indexing %s failed (%s); retrying in %s", settings.website(), rootMessage(e),
                    retryDelay);
            retryLater();
        } finally {
            running = null;
            progress.done();
        }
    }

    /** The next crawl after {@link #retryDelay}, which doubles up to the cadence. */
    private void retryLater() {
        schedule(retryDelay);
        retryDelay = min(retryDelay.multipliedBy(2), settings.crawlCadence());
    }

    /** "12 noindex, 1 broken": what the crawl excluded, by reason. */
    private static String exclusionCounts(CrawlResult result) {
        if (result.excluded().isEmpty()) {
            return "no page found";
        }
        return result.excluded().stream()
                .collect(Collectors.groupingBy(e -> e.reason().label(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private void publish(IndexStore.Stored stored) throws IOException {
        Path dir = stored.dir();
        ContentGeneration generation = ContentGeneration.open(dir, stored.summary(),
                () -> store.deleteUnlessCurrent(dir));
        index.swap(generation);
    }

    private void schedule(Duration delay) {
        if (!scheduler.isShutdown()) {
            scheduler.schedule(this::crawl, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
