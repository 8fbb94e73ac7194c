package io.xapp.operator.qa;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.operator.qa.checks.ApprovalGate;
import io.xapp.operator.qa.checks.ChecksVerdict;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.util.Objects;

/**
 * Applies the QA verdict on the current revision to status, with an Event when QA approves or rejects, or when an
 * approval is refused because the revision's checks failed ({@link ApprovalGate}).
 */
public final class QaGate {

    private final AssistantEvents events;

    public QaGate(AssistantEvents events) {
        this.events = events;
    }

    /**
     * @param checks    where the revision's pre-review checks stand
     * @param published whether this revision is published already (then the checks do not take it back)
     */
    public QaReview review(Assistant assistant, String revision, boolean runtimeAvailable, ChecksVerdict checks,
            boolean published, StatusDraft draft) {
        QaStatus before = draft.previous().getQa();
        var meta = assistant.getMetadata();
        QaReview review = ApprovalGate.apply(QaReview.evaluate(meta.getAnnotations(), before, revision,
                meta.getNamespace(), meta.getName(), runtimeAvailable), checks, meta.getAnnotations(), published,
                meta.getNamespace(), meta.getName());
        draft.next().setQa(review.status());
        draft.conditions().set(ConditionType.QAApproved, review.conditionStatus(), review.reason(),
                review.message());
        boolean newVerdict = before == null || before.getState() != review.status().getState()
                || !Objects.equals(before.getRevision(), revision)
                || !Objects.equals(before.getOverride(), review.status().getOverride());
        if (newVerdict && review.verdict() == QaReview.Verdict.APPROVED) {
            events.record(assistant, AssistantEvents.NORMAL, "QAApproved", review.message());
        } else if (newVerdict && review.verdict() == QaReview.Verdict.REJECTED) {
            events.record(assistant, AssistantEvents.WARNING, "QARejected", review.message());
        } else if (ApprovalGate.CHECKS_FAILED.equals(review.reason()) && !draft.previous()
                .condition(ConditionType.QAApproved.name()).map(c -> review.reason().equals(c.getReason()))
                .orElse(false)) {
            events.record(assistant, AssistantEvents.WARNING, "QAApprovalRefused", review.message());
        }
        return review;
    }
}
