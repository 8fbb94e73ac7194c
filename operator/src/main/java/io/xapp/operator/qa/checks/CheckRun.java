package io.xapp.operator.qa.checks;

import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.api.v1alpha1.QaCheckRun;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

/**
 * The checks of one revision of one Assistant, as they run: first waiting for the runtime to answer, then each
 * check on the pool; a check's first result counts (its own or its deadline's). Read through {@link #progress()}.
 */
final class CheckRun {

    enum Stage { WAITING_FOR_RUNTIME, CHECKING, DONE, RUNTIME_UNREACHABLE }

    private final CheckTarget target;
    private final List<String> names;
    private final Instant startedAt;
    private final Instant runtimeDeadline;
    private final int attempt;
    private final Map<String, QaCheckResult> results = new ConcurrentHashMap<>();
    private final List<Future<?>> tasks = new CopyOnWriteArrayList<>();
    private volatile Stage stage = Stage.WAITING_FOR_RUNTIME;
    private volatile Instant completedAt;
    private volatile Instant retryAt;
    private volatile String problem;
    private volatile boolean cancelled;
    private volatile Instant lastReported;
    private boolean announced;

    CheckRun(CheckTarget target, List<String> names, Instant startedAt, Instant runtimeDeadline, int attempt) {
        this.target = target;
        this.names = List.copyOf(names);
        this.startedAt = startedAt;
        this.runtimeDeadline = runtimeDeadline;
        this.attempt = attempt;
        this.lastReported = startedAt;
    }

    /**
     * Where a run stands, as the reconcile sees it.
     *
     * @param problem  why the runtime is not answering (while waiting, or unreachable)
     * @param retryAt  when an unreachable runtime is tried again
     */
    record Progress(String revision, Stage stage, QaCheckRun run, List<QaCheckResult> checks, String problem,
            Instant retryAt) {

        boolean done() {
            return stage == Stage.DONE;
        }
    }

    CheckTarget target() {
        return target;
    }

    String revision() {
        return target.revision();
    }

    int attempt() {
        return attempt;
    }

    Stage stage() {
        return stage;
    }

    Instant runtimeDeadline() {
        return runtimeDeadline;
    }

    Instant retryAt() {
        return retryAt;
    }

    boolean cancelled() {
        return cancelled;
    }

    void track(Future<?> task) {
        tasks.add(task);
        if (cancelled) {
            task.cancel(true);
        }
    }

    void cancel() {
        cancelled = true;
        tasks.forEach(t -> t.cancel(true));
    }

    void waiting(String why) {
        problem = why;
    }

    void checking() {
        stage = Stage.CHECKING;
        problem = null;
    }

    void unreachable(String why, Instant retry) {
        problem = why;
        retryAt = retry;
        stage = Stage.RUNTIME_UNREACHABLE;
    }

    /** Records a check's result unless it has one; true when this was the run's last. */
    synchronized boolean record(String name, QaCheckResult result, Instant now) {
        if (stage == Stage.DONE || results.putIfAbsent(name, result) != null) {
            return false;
        }
        if (results.size() == names.size()) {
            completedAt = now;
            stage = Stage.DONE;
            return true;
        }
        return false;
    }

    /** True the first time only: a finished run's Event is recorded once, even when its status write is retried. */
    synchronized boolean announce() {
        if (announced || stage != Stage.DONE) {
            return false;
        }
        announced = true;
        return true;
    }

    /** Whether progress is worth a status write: the first time, and then at most once per {@code every}. */
    synchronized boolean reportDue(Instant now, Duration every) {
        if (now.isBefore(lastReported.plus(every))) {
            return false;
        }
        lastReported = now;
        return true;
    }

    Progress progress() {
        List<QaCheckResult> checks = new ArrayList<>(names.size());
        int passed = 0;
        QaCheckResult.Result worst = QaCheckResult.Result.Passed;
        for (String name : names) {
            QaCheckResult r = results.get(name);
            if (r == null) {
                checks.add(new QaCheckResult(name, QaCheckResult.Result.Pending, null));
                continue;
            }
            checks.add(r);
            passed += r.result() == QaCheckResult.Result.Passed ? 1 : 0;
            worst = CheckOutcome.worst(worst, r.result());
        }
        Stage s = stage;
        QaCheckRun run = s == Stage.DONE
                ? new QaCheckRun(revision(), QaCheckRun.State.valueOf(worst.name()), passed + "/" + names.size(),
                        time(startedAt), time(completedAt))
                : new QaCheckRun(revision(), QaCheckRun.State.Running, "running " + results.size() + "/"
                        + names.size(), time(startedAt), null);
        return new Progress(revision(), s, run, List.copyOf(checks), problem, retryAt);
    }

    private static String time(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
