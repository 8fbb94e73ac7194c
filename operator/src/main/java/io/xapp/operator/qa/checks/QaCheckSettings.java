package io.xapp.operator.qa.checks;

import java.time.Duration;

/**
 * How the pre-review checks run: on {@code threads} threads of their own with at most {@code queueCapacity} tasks
 * waiting, each check within {@code checkTimeout}; a run first waits up to {@code runtimeWait} for the runtime to
 * answer, and a runtime that did not is tried again after {@code runtimeRetry}.
 *
 * @param enabled false: no checks, and approvals are not gated on them
 */
public record QaCheckSettings(boolean enabled, int threads, int queueCapacity, Duration checkTimeout,
        Duration runtimeWait, Duration runtimeRetry) {

    /** No checks at all (operators whose runtimes cannot be reached from the operator, and tests without them). */
    public static final QaCheckSettings DISABLED = new QaCheckSettings(false, 1, 1, Duration.ofSeconds(20),
            Duration.ofMinutes(2), Duration.ofMinutes(1));

    public QaCheckSettings {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("QA checks need at least 1 thread and a queue of at least 1, got "
                    + threads + " threads and a queue of " + queueCapacity);
        }
        if (checkTimeout.isNegative() || checkTimeout.isZero() || runtimeWait.isNegative()
                || runtimeRetry.isNegative() || runtimeRetry.isZero()) {
            throw new IllegalArgumentException("QA check timeouts must be positive, got check-timeout "
                    + checkTimeout + ", runtime-wait " + runtimeWait + ", runtime-retry " + runtimeRetry);
        }
    }
}
