package io.xapp.operator.analysis;

import io.javaoperatorsdk.operator.OperatorException;
import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.AbstractEventSource;
import io.javaoperatorsdk.operator.processing.event.source.ResourceEventAware;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.crawler.Brand;
import io.xapp.crawler.BrandAnalyzer;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchPolicy;
import io.xapp.operator.status.OperatorMetrics;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs brand analyses of Assistants' websites off the reconcile threads, on a bounded pool with a bounded queue,
 * and wakes the Assistant (a JOSDK event) when one finishes. A reconcile asks with {@link #request}; the answer is
 * where the analysis stands, never a wait.
 */
public class SiteAnalyses extends AbstractEventSource<SiteAnalysis, Assistant>
        implements ResourceEventAware<Assistant> {

    private final BrandAnalyzer analyzer;
    private final AnalysisSettings settings;
    private final Clock clock;
    private final OperatorMetrics metrics;
    private final ConcurrentMap<ResourceID, Tracked> analyses = new ConcurrentHashMap<>();
    private volatile ThreadPoolExecutor executor;

    private record Tracked(SiteAnalysis analysis, Future<?> task) {
        void cancel() {
            if (task != null) {
                task.cancel(true);
            }
        }
    }

    public SiteAnalyses(BrandAnalyzer analyzer, AnalysisSettings settings, Clock clock, OperatorMetrics metrics) {
        super(SiteAnalysis.class, "site-analysis");
        this.analyzer = analyzer;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() throws OperatorException {
        if (executor == null || executor.isShutdown()) {
            executor = newExecutor(settings);
        }
        super.start();
    }

    @Override
    public synchronized void stop() throws OperatorException {
        super.stop();
        if (executor != null) {
            executor.shutdownNow();
        }
        analyses.clear();
    }

    @Override
    public Set<SiteAnalysis> getSecondaryResources(Assistant primary) {
        Tracked tracked = analyses.get(ResourceID.fromResource(primary));
        return tracked == null ? Set.of() : Set.of(tracked.analysis());
    }

    /** The brand this operator detected for {@code website}, if an analysis of it succeeded. */
    public Optional<SiteAnalysis> succeeded(ResourceID assistant, String website) {
        Tracked tracked = analyses.get(assistant);
        return Optional.ofNullable(tracked).map(Tracked::analysis)
                .filter(a -> a.state() == SiteAnalysis.State.SUCCEEDED && a.website().equals(website));
    }

    /**
     * Where the analysis of the Assistant's current website stands. Starts one when there is none, when the
     * website changed (the old one is cancelled), or when a failed one's retry is due.
     */
    public SiteAnalysis request(ResourceID assistant, URI website, FetchPolicy policy) {
        String site = website.toString();
        return analyses.compute(assistant, (id, tracked) -> {
            if (tracked == null || !tracked.analysis().website().equals(site)) {
                if (tracked != null) {
                    tracked.cancel();
                }
                return start(id, website, policy, 1);
            }
            SiteAnalysis current = tracked.analysis();
            boolean retryDue = current.state() == SiteAnalysis.State.FAILED
                    && !clock.instant().isBefore(current.retryAt());
            return retryDue ? start(id, website, policy, current.attempt() + 1) : tracked;
        }).analysis();
    }

    /** Stops and drops what is known about one Assistant (cancelled or deleted). */
    public void forget(ResourceID assistant) {
        Tracked tracked = analyses.remove(assistant);
        if (tracked != null) {
            tracked.cancel();
        }
    }

    @Override
    public void onResourceDeleted(Assistant resource) {
        forget(ResourceID.fromResource(resource));
    }

    private Tracked start(ResourceID id, URI website, FetchPolicy policy, int attempt) {
        SiteAnalysis running = SiteAnalysis.running(website.toString(), attempt);
        try {
            return new Tracked(running, executor.submit(() -> run(id, running, website, policy)));
        } catch (RejectedExecutionException e) {
            // The queue is full: look again soon, without counting this against the site.
            Instant now = clock.instant();
            SiteAnalysis busy = SiteAnalysis.running(website.toString(), attempt - 1).failed(
                    new SiteAnalysis.Failure(FailureReasons.ANALYSIS_BUSY, "all " + settings.threads()
                            + " site analysis threads are busy and " + settings.queueCapacity()
                            + " analyses are queued", true),
                    now, now.plus(settings.retryInitial()));
            return new Tracked(busy, null);
        }
    }

    private void run(ResourceID id, SiteAnalysis running, URI website, FetchPolicy policy) {
        var sample = metrics.startTimer();
        SiteAnalysis done;
        String outcome;
        try {
            Brand brand = analyzer.analyze(website, policy);
            done = running.succeeded(brand, clock.instant());
            outcome = "success";
        } catch (FetchException e) {
            done = failed(running, FailureReasons.of(e));
            outcome = done.failure().reason();
        } catch (RuntimeException e) {
            done = failed(running, FailureReasons.unexpected(e));
            outcome = done.failure().reason();
        }
        metrics.analysed(sample, outcome);
        SiteAnalysis result = done;
        // Only the analysis still tracked for this Assistant may report; a cancelled one has been replaced.
        Tracked updated = analyses.computeIfPresent(id,
                (key, tracked) -> tracked.analysis() == running ? new Tracked(result, null) : tracked);
        if (updated != null && updated.analysis() == result && isRunning()) {
            getEventHandler().handleEvent(new Event(id));
        }
    }

    private SiteAnalysis failed(SiteAnalysis running, SiteAnalysis.Failure failure) {
        Instant now = clock.instant();
        var wait = failure.retryable() ? settings.backoff(running.attempt()) : settings.retryMax();
        return running.failed(failure, now, now.plus(wait));
    }

    private static ThreadPoolExecutor newExecutor(AnalysisSettings settings) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()), r -> {
                    Thread t = new Thread(r, "site-analysis-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
