package io.xapp.operator.qa.checks;

import io.javaoperatorsdk.operator.OperatorException;
import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.AbstractEventSource;
import io.javaoperatorsdk.operator.processing.event.source.ResourceEventAware;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.crawler.fetch.Fetcher;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs the pre-review checks of Assistants off the reconcile threads and wakes the Assistant (a JOSDK event) when
 * they finish, or now and then while they run. A reconcile asks with {@link #request}: one run per Assistant and
 * revision, started when there is none; the answer is where it stands, never a wait. Nothing here is durable: the
 * finished checks live in the Assistant's status, so a restarted operator runs only what is not recorded there.
 *
 * <p>A run waits (without holding a thread) until the runtime answers its readiness probe at the public URL, then
 * runs every check on a bounded pool, each cut off at its deadline.
 */
public class QaChecks extends AbstractEventSource<CheckRun.Progress, Assistant>
        implements ResourceEventAware<Assistant> {

    private static final Logger LOG = Logger.getLogger(QaChecks.class);
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);
    /** Progress of a running run reaches the status at most this often; its end always does at once. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(3);

    private final QaCheckSettings settings;
    private final Clock clock;
    private final List<QaCheck> checks;
    private final ConcurrentMap<ResourceID, CheckRun> runs = new ConcurrentHashMap<>();
    private volatile ThreadPoolExecutor pool;
    private volatile ScheduledExecutorService timers;
    private volatile JsonHttp http;
    private volatile Fetcher fetcher;

    public QaChecks(QaCheckSettings settings, Clock clock) {
        this(settings, clock, standardChecks());
    }

    QaChecks(QaCheckSettings settings, Clock clock, List<QaCheck> checks) {
        super(CheckRun.Progress.class, "qa-checks");
        this.settings = settings;
        this.clock = clock;
        this.checks = List.copyOf(checks);
    }

    /** Brand (logo, colours), content (coverage, sample answers), calls to action and integrations, function. */
    static List<QaCheck> standardChecks() {
        return List.of(new LogoCheck(), new ColoursCheck(), new CoverageCheck(), new SampleAnswersCheck(),
                new CallsToActionCheck(), new PartnerApisCheck(), new ChannelsCheck());
    }

    public QaCheckSettings settings() {
        return settings;
    }

    @Override
    public synchronized void start() throws OperatorException {
        if (pool == null || pool.isShutdown()) {
            AtomicInteger n = new AtomicInteger();
            pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(settings.queueCapacity()), r -> daemon(r, "qa-check-" + n.incrementAndGet()));
            pool.allowCoreThreadTimeOut(true);
            timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "qa-check-timers"));
            http = new JsonHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).build(), settings.checkTimeout());
            fetcher = new Fetcher(16);
        }
        super.start();
    }

    @Override
    public synchronized void stop() throws OperatorException {
        super.stop();
        runs.values().forEach(CheckRun::cancel);
        runs.clear();
        if (pool != null) {
            pool.shutdownNow();
            timers.shutdownNow();
            fetcher.close();
        }
    }

    @Override
    public Set<CheckRun.Progress> getSecondaryResources(Assistant primary) {
        CheckRun run = runs.get(ResourceID.fromResource(primary));
        return run == null ? Set.of() : Set.of(run.progress());
    }

    /**
     * Where the checks of {@code target}'s revision stand. Starts a run when there is none for that revision (an
     * older revision's is cancelled), or when the runtime did not answer last time and its retry is due.
     */
    public CheckRun.Progress request(ResourceID assistant, CheckTarget target) {
        return runs.compute(assistant, (id, run) -> {
            if (run == null || !run.revision().equals(target.revision())) {
                if (run != null) {
                    run.cancel();
                }
                return start(id, target, 1);
            }
            boolean retryDue = run.stage() == CheckRun.Stage.RUNTIME_UNREACHABLE
                    && !clock.instant().isBefore(run.retryAt());
            return retryDue ? start(id, target, run.attempt() + 1) : run;
        }).progress();
    }

    /** What is known in memory about the Assistant's current run, without starting one. */
    public Optional<CheckRun.Progress> known(ResourceID assistant) {
        return Optional.ofNullable(runs.get(assistant)).map(CheckRun::progress);
    }

    /** True once per finished run of {@code revision}: when its Event is due. */
    public boolean announce(ResourceID assistant, String revision) {
        CheckRun run = runs.get(assistant);
        return run != null && run.revision().equals(revision) && run.announce();
    }

    /** Stops and drops the Assistant's run: deleted, cancelled, or its results are safe in the status. */
    public void forget(ResourceID assistant) {
        CheckRun run = runs.remove(assistant);
        if (run != null) {
            run.cancel();
        }
    }

    @Override
    public void onResourceDeleted(Assistant resource) {
        forget(ResourceID.fromResource(resource));
    }

    private CheckRun start(ResourceID id, CheckTarget target, int attempt) {
        Instant now = clock.instant();
        CheckRun run = new CheckRun(target, checks.stream().map(QaCheck::name).toList(), now,
                now.plus(settings.runtimeWait()), attempt);
        LOG.debugf("QA checks of %s revision %s: waiting for the runtime at %s (attempt %d)", id,
                target.revision(), target.runtimeUrl(), attempt);
        later(id, run, Duration.ZERO, () -> probe(id, run));
        return run;
    }

    /** One readiness probe; the next is scheduled rather than waited for, so waiting runs hold no thread. */
    private void probe(ResourceID id, CheckRun run) {
        if (run.cancelled()) {
            return;
        }
        RuntimeApi runtime = new RuntimeApi(http, run.target());
        try {
            if (runtime.ready()) {
                run.checking();
                checks.forEach(check -> runCheck(id, run, check));
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String why = runtime.url("/q/health/ready") + " does not answer 200 yet";
        if (clock.instant().isAfter(run.runtimeDeadline())) {
            run.unreachable(why + " after " + human(settings.runtimeWait()),
                    clock.instant().plus(settings.runtimeRetry()));
            LOG.infof("QA checks of %s revision %s: %s; trying again in %s", id, run.revision(), why,
                    settings.runtimeRetry());
            report(id, run);
            return;
        }
        run.waiting(why);
        later(id, run, PROBE_INTERVAL, () -> probe(id, run));
    }

    /** Runs one check on the pool; at its deadline an unfinished check is interrupted and counts as failed. */
    private void runCheck(ResourceID id, CheckRun run, QaCheck check) {
        if (run.cancelled()) {
            return;
        }
        CheckContext context = new CheckContext(run.target(), new RuntimeApi(http, run.target()),
                new BridgeApi(http, run.target()), fetcher);
        Future<?> task;
        try {
            task = pool.submit(() -> finished(id, run, check.name(), execute(id, check, context)));
        } catch (RejectedExecutionException e) {
            later(id, run, PROBE_INTERVAL, () -> runCheck(id, run, check)); // the queue is full: shortly
            return;
        }
        run.track(task);
        run.track(timers.schedule(() -> {
            if (!task.isDone()) {
                // Recorded first: the interrupted check's own result comes second and does not count.
                finished(id, run, check.name(), CheckOutcome.failed("The check did not finish within "
                        + human(settings.checkTimeout()) + "; it runs again with the next revision."));
                task.cancel(true);
            }
        }, settings.checkTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    private static CheckOutcome execute(ResourceID id, QaCheck check, CheckContext context) {
        try {
            return check.run(context);
        } catch (CheckException e) {
            return CheckOutcome.failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckOutcome.failed("The check was interrupted.");
        } catch (Exception e) {
            LOG.warnf(e, "QA check %s of %s failed unexpectedly", check.name(), id);
            return CheckOutcome.failed("The check failed unexpectedly: " + e);
        }
    }

    private void finished(ResourceID id, CheckRun run, String name, CheckOutcome outcome) {
        if (run.cancelled()) {
            return;
        }
        QaCheckResult result = outcome.toStatus(name);
        if (run.record(name, result, clock.instant())) {
            LOG.debugf("QA checks of %s revision %s done: %s", id, run.revision(), run.progress().run().summary());
            report(id, run);
        } else if (run.reportDue(clock.instant(), PROGRESS_INTERVAL)) {
            report(id, run);
        }
    }

    /** Wakes the Assistant, if this run is still the one tracked for it. */
    private void report(ResourceID id, CheckRun run) {
        if (runs.get(id) == run && isRunning()) {
            getEventHandler().handleEvent(new Event(id));
        }
    }

    private void submit(ResourceID id, CheckRun run, Runnable task) {
        if (run.cancelled()) {
            return;
        }
        try {
            run.track(pool.submit(task));
        } catch (RejectedExecutionException e) {
            // The queue is full: try again shortly rather than drop the task.
            later(id, run, PROBE_INTERVAL, () -> submit(id, run, task));
        }
    }

    private void later(ResourceID id, CheckRun run, Duration delay, Runnable task) {
        if (run.cancelled() || timers == null || timers.isShutdown()) {
            return;
        }
        run.track(timers.schedule(() -> submit(id, run, task), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
