package io.xapp.operator.qa.checks;

import io.xapp.api.v1alpha1.Condition;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.qa.QaReview;
import java.util.Map;

/**
 * An approval counts only for a revision whose pre-review checks passed (warnings included). One whose checks
 * failed, or have not finished, is held back, and the status says why and how to approve anyway: with a note in
 * {@value XappMetadata#QA_OVERRIDE_ANNOTATION}, which the status records. So a label-selected bulk approval never
 * publishes an assistant whose checks failed, whatever the selector matched. A revision already published stays
 * published.
 */
public final class ApprovalGate {

    public static final String CHECKS_FAILED = "ChecksFailed";
    public static final String AWAITING_CHECKS = "AwaitingChecks";

    private ApprovalGate() {
    }

    /**
     * @param published whether this revision's install snippets are out already (nothing is taken back)
     */
    public static QaReview apply(QaReview review, ChecksVerdict checks, Map<String, String> annotations,
            boolean published, String namespace, String name) {
        QaStatus status = withChecks(review.status(), checks);
        if (review.verdict() != QaReview.Verdict.APPROVED || !checks.enabled() || published
                || (checks.done() && !checks.failed())) {
            return new QaReview(review.verdict(), status, review.conditionStatus(), review.reason(),
                    review.message());
        }
        String revision = status.getRevision();
        String override = annotations == null ? null : annotations.get(XappMetadata.QA_OVERRIDE_ANNOTATION);
        String why = checks.failed()
                ? "its checks failed (" + String.join("; ", checks.lines(Result.Failed)) + ")"
                : "its checks have not finished (" + (checks.run() == null ? "not started"
                        : checks.run().summary()) + ")";
        if (override != null && !override.isBlank()) {
            status.setOverride(override);
            return new QaReview(QaReview.Verdict.APPROVED, status, Condition.TRUE, QaReview.APPROVED,
                    "QA approved revision " + revision + " although " + why + ", with the override: " + override);
        }
        status.setState(QaStatus.State.Pending);
        String message = "QA approved revision " + revision + ", but " + why + ", so the approval does not count "
                + (checks.failed() ? "(fix what failed: the new revision is checked again)" : "yet (it will once "
                        + "they pass)") + ". To approve anyway, say why: " + overrideCommand(namespace, name, revision);
        return new QaReview(QaReview.Verdict.PENDING, status, Condition.FALSE,
                checks.failed() ? CHECKS_FAILED : AWAITING_CHECKS, message);
    }

    /** The command that approves {@code revision} whatever its checks say, with a note the status keeps. */
    public static String overrideCommand(String namespace, String name, String revision) {
        return "kubectl annotate assistant -n " + namespace + " " + name + " --overwrite " + XappMetadata.QA_ANNOTATION
                + "=" + XappMetadata.QA_APPROVED + " " + XappMetadata.QA_REVISION_ANNOTATION + "=" + revision + " "
                + XappMetadata.QA_OVERRIDE_ANNOTATION + "='<why it is fine>'";
    }

    /** A copy of {@code qa} carrying the checks (status is shared with the cache: never mutated in place). */
    private static QaStatus withChecks(QaStatus qa, ChecksVerdict checks) {
        QaStatus s = new QaStatus();
        s.setState(qa.getState());
        s.setRevision(qa.getRevision());
        s.setApprovedRevision(qa.getApprovedRevision());
        s.setNote(qa.getNote());
        if (checks.enabled()) {
            s.setCheckRun(checks.run());
            s.setChecks(checks.run() == null ? null : checks.checks());
        }
        return s;
    }
}
