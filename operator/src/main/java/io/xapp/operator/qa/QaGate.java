package io.xapp.operator.qa;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.util.Objects;

/** Applies the QA verdict on the current revision to status, with an Event when QA approves or rejects. */
public final class QaGate {

    private final AssistantEvents events;

    public QaGate(AssistantEvents events) {
        this.events = events;
    }

    public QaReview review(Assistant assistant, String revision, boolean runtimeAvailable, StatusDraft draft) {
        QaStatus before = draft.previous().getQa();
        QaReview review = QaReview.evaluate(assistant.getMetadata().getAnnotations(), before, revision,
                assistant.getMetadata().getNamespace(), assistant.getMetadata().getName(), runtimeAvailable);
        draft.next().setQa(review.status());
        draft.conditions().set(ConditionType.QAApproved, review.conditionStatus(), review.reason(),
                review.message());
        boolean newVerdict = before == null || before.getState() != review.status().getState()
                || !Objects.equals(before.getRevision(), revision);
        if (newVerdict && review.verdict() == QaReview.Verdict.APPROVED) {
            events.record(assistant, AssistantEvents.NORMAL, "QAApproved", review.message());
        } else if (newVerdict && review.verdict() == QaReview.Verdict.REJECTED) {
            events.record(assistant, AssistantEvents.WARNING, "QARejected", review.message());
        }
        return review;
    }
}
