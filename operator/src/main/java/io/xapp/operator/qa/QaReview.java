package io.xapp.operator.qa;

import io.xapp.api.v1alpha1.Condition;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.api.v1alpha1.XappMetadata;
import java.util.Map;

/**
 * The QA verdict on the current revision, read from the QA group's annotations (docs/contracts.md, "QA
 * revision"). An approval holds for the revision named in {@code xapp.io/qa-revision}, else for the revision
 * current when the operator first saw it (kept in {@code status.qa.approvedRevision}); withdrawing or rejecting
 * forgets it.
 *
 * @param conditionStatus status of the QAApproved condition
 */
public record QaReview(Verdict verdict, QaStatus status, String conditionStatus, String reason, String message) {

    public enum Verdict { APPROVED, REJECTED, PENDING }

    public static final String APPROVED = "Approved";
    public static final String REJECTED = "Rejected";
    public static final String AWAITING_REVIEW = "AwaitingReview";
    public static final String REVISION_CHANGED = "RevisionChanged";
    public static final String INVALID_VERDICT = "InvalidVerdict";

    /**
     * @param namespace        and {@code name}: the Assistant, for the command in the messages
     * @param runtimeAvailable whether there is something to review yet
     */
    public static QaReview evaluate(Map<String, String> annotations, QaStatus previous, String revision,
            String namespace, String name, boolean runtimeAvailable) {
        Map<String, String> a = annotations == null ? Map.of() : annotations;
        String verdict = a.get(XappMetadata.QA_ANNOTATION);
        String note = a.get(XappMetadata.QA_NOTE_ANNOTATION);
        String approve = "kubectl annotate assistant -n " + namespace + " " + name + " --overwrite "
                + XappMetadata.QA_ANNOTATION + "=" + XappMetadata.QA_APPROVED + " "
                + XappMetadata.QA_REVISION_ANNOTATION + "=" + revision;

        if (XappMetadata.QA_APPROVED.equals(verdict)) {
            String named = a.get(XappMetadata.QA_REVISION_ANNOTATION);
            String earlier = previous == null ? null : previous.getApprovedRevision();
            String approvedRevision = named != null ? named : earlier != null ? earlier : revision;
            if (approvedRevision.equals(revision)) {
                return new QaReview(Verdict.APPROVED, qa(QaStatus.State.Approved, revision, approvedRevision, note),
                        Condition.TRUE, APPROVED, "QA approved revision " + revision + withNote(note));
            }
            String why = named != null
                    ? XappMetadata.QA_REVISION_ANNOTATION + " names revision " + named + " but the assistant is at "
                            + "revision " + revision
                    : "QA approved revision " + approvedRevision + ", then the assistant changed to revision "
                            + revision;
            return new QaReview(Verdict.PENDING, qa(QaStatus.State.Pending, revision, approvedRevision, note),
                    Condition.FALSE, REVISION_CHANGED, why + "; review it and approve with: " + approve);
        }
        if (XappMetadata.QA_REJECTED.equals(verdict)) {
            return new QaReview(Verdict.REJECTED, qa(QaStatus.State.Rejected, revision, null, note), Condition.FALSE,
                    REJECTED, "QA rejected revision " + revision + ": " + (note == null ? "(no "
                            + XappMetadata.QA_NOTE_ANNOTATION + " given)" : note)
                            + ". Fix what the note says (a wrong logo or colour: spec.branding), then QA reviews "
                            + "again and approves with: " + approve);
        }
        QaStatus pending = qa(QaStatus.State.Pending, revision, null, note);
        if (verdict != null) {
            return new QaReview(Verdict.PENDING, pending, Condition.FALSE, INVALID_VERDICT,
                    XappMetadata.QA_ANNOTATION + " is '" + verdict + "'; QA sets it to "
                            + XappMetadata.QA_APPROVED + " or " + XappMetadata.QA_REJECTED);
        }
        return new QaReview(Verdict.PENDING, pending, Condition.FALSE, AWAITING_REVIEW, runtimeAvailable
                ? "Waiting for QA to review revision " + revision + "; approve with: " + approve
                : "QA reviews revision " + revision + " once the runtime is available");
    }

    private static QaStatus qa(QaStatus.State state, String revision, String approvedRevision, String note) {
        QaStatus s = new QaStatus();
        s.setState(state);
        s.setRevision(revision);
        s.setApprovedRevision(approvedRevision);
        s.setNote(note);
        return s;
    }

    private static String withNote(String note) {
        return note == null ? "" : ": " + note;
    }
}
