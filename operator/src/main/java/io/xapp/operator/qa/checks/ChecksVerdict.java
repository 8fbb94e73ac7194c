package io.xapp.operator.qa.checks;

import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.api.v1alpha1.QaCheckRun;
import java.util.List;
import java.util.Optional;

/**
 * Where the pre-review checks of the current revision stand, as one reconcile decided it: what goes into
 * status.qa, what the approval gate and the label go by.
 *
 * @param run    status.qa.checkRun, or null when the checks are off or have not started
 * @param checks status.qa.checks
 */
public record ChecksVerdict(boolean enabled, QaCheckRun run, List<QaCheckResult> checks) {

    public static final ChecksVerdict DISABLED = new ChecksVerdict(false, null, List.of());

    public ChecksVerdict {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public boolean done() {
        return run != null && run.done();
    }

    public boolean failed() {
        return done() && run.state() == QaCheckRun.State.Failed;
    }

    /** passed, warning or failed once done; none while the checks run (or when they are off). */
    public Optional<String> label() {
        return done() ? Optional.of(run.state().label()) : Optional.empty();
    }

    /** The checks with this result, as "Name: message" lines for a condition or an Event. */
    public List<String> lines(QaCheckResult.Result result) {
        return checks.stream().filter(c -> c.result() == result)
                .map(c -> c.name() + ": " + shorten(c.message())).toList();
    }

    public List<String> names(QaCheckResult.Result result) {
        return checks.stream().filter(c -> c.result() == result).map(QaCheckResult::name).toList();
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        return message.length() <= 240 ? message : message.substring(0, 237) + "...";
    }
}
