package io.xapp.runtime.content;

import io.xapp.crawler.CrawlListener;
import io.xapp.crawler.CrawlProgress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * What the runtime's content work is doing while it runs: the crawl's pages, then the index build's passages. A new
 * runtime is not ready until its first index exists, which on a large site, or beside a busy inference service,
 * takes many minutes; without this its log said "crawling" and then nothing until the end. The readiness check
 * carries {@link #describe()}, and the log says it at most every {@link #LOG_EVERY}. Written by the crawler's and the
 * build's threads, read by any.
 */
final class ContentProgress implements CrawlListener, IndexBuilder.Progress {

    static final Duration LOG_EVERY = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ContentProgress.class);

    private enum Stage { IDLE, CRAWLING, INDEXING }

    /** One consistent view of the work under way. */
    private record State(Stage stage, Instant since, CrawlProgress crawl, int pages, int passages, int withVector,
                         Duration waited) {
    }

    private final URI website;
    private final Clock clock;
    /** Swapped whole, and updated only by compare-and-set: a crawler thread's last news must not undo a new stage. */
    private final AtomicReference<State> state = new AtomicReference<>();
    private volatile Instant lastLogged = Instant.EPOCH;

    ContentProgress(URI website, Clock clock) {
        this.website = website;
        this.clock = clock;
        done();
    }

    void crawling() {
        state.set(new State(Stage.CRAWLING, clock.instant(), new CrawlProgress(0, 0, 0, 0, Duration.ZERO), 0, 0, 0,
                Duration.ZERO));
    }

    /** The build of an index from {@code pages} pages starts. */
    void indexing(int pages) {
        state.set(new State(Stage.INDEXING, clock.instant(), null, pages, 0, 0, Duration.ZERO));
        log();
    }

    void done() {
        state.set(new State(Stage.IDLE, clock.instant(), null, 0, 0, 0, Duration.ZERO));
    }

    @Override
    public void onProgress(CrawlProgress progress) {
        State s = state.updateAndGet(now -> now.stage() != Stage.CRAWLING ? now
                : new State(Stage.CRAWLING, now.since(), progress, 0, 0, 0, Duration.ZERO));
        if (s.crawl() == progress) {
            logNowAndThen();
        }
    }

    @Override
    public void written(int passages, int withVector) {
        State s = state.updateAndGet(now -> now.stage() != Stage.INDEXING ? now
                : new State(Stage.INDEXING, now.since(), null, now.pages(), passages, withVector, now.waited()));
        if (s.stage() == Stage.INDEXING) {
            logNowAndThen();
        }
    }

    @Override
    public void waitingForBusyInference(Duration wait) {
        state.updateAndGet(now -> now.stage() != Stage.INDEXING ? now : new State(Stage.INDEXING, now.since(), null,
                now.pages(), now.passages(), now.withVector(), now.waited().plus(wait)));
    }

    /**
     * "crawling https://x/: 120 pages read, 40 queued, 3 left out, 1 failed, for 1 min 20 s" or "indexing the 1204
     * pages read from https://x/: 3400 passages written, 3390 with a vector, for 4 min 10 s, 45 s of it waiting for
     * the busy inference service"; empty when idle.
     */
    Optional<String> describe() {
        State s = state.get();
        String took = "for " + took(Duration.between(s.since(), clock.instant()));
        return switch (s.stage()) {
            case IDLE -> Optional.empty();
            case CRAWLING -> Optional.of(String.format("crawling %s: %d pages read, %d queued, %d left out, %d "
                    + "failed, %s", website, s.crawl().pagesDone(), s.crawl().queued(), s.crawl().excluded(),
                    s.crawl().failed(), took));
            case INDEXING -> Optional.of(String.format("indexing the %d pages read from %s: %d passages written, %d "
                    + "with a vector, %s%s", s.pages(), website, s.passages(), s.withVector(), took,
                    s.waited().isZero() ? "" : ", " + took(s.waited()) + " of it waiting for the busy inference "
                            + "service"));
        };
    }

    private void logNowAndThen() {
        Instant now = clock.instant();
        if (Duration.between(lastLogged, now).compareTo(LOG_EVERY) >= 0) {
            log();
        }
    }

    private void log() {
        lastLogged = clock.instant();
        describe().ifPresent(LOG::info);
    }

    static String took(Duration d) {
        long seconds = d.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
