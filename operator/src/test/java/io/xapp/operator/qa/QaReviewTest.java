package io.xapp.operator.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.api.v1alpha1.XappMetadata;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QaReviewTest {

    private static QaReview review(Map<String, String> annotations, QaStatus previous, String revision) {
        return QaReview.evaluate(annotations, previous, revision, "partner-a", "ast-x", true);
    }

    private static QaStatus approvedFor(String revision) {
        QaStatus s = new QaStatus();
        s.setState(QaStatus.State.Approved);
        s.setRevision(revision);
        s.setApprovedRevision(revision);
        return s;
    }

    @Test
    void withoutAVerdictItWaitsAndSaysHowToApprove() {
        QaReview r = review(Map.of(), null, "rev1");
        assertThat(r.verdict()).isEqualTo(QaReview.Verdict.PENDING);
        assertThat(r.reason()).isEqualTo("AwaitingReview");
        assertThat(r.message()).contains("kubectl annotate assistant -n partner-a ast-x --overwrite "
                + "xapp.io/qa=approved xapp.io/qa-revision=rev1");
    }

    @Test
    void anApprovalWithoutRevisionBindsToTheRevisionFirstSeen() {
        Map<String, String> approved = Map.of(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED);
        QaReview first = review(approved, null, "rev1");
        assertThat(first.verdict()).isEqualTo(QaReview.Verdict.APPROVED);
        assertThat(first.status().getApprovedRevision()).isEqualTo("rev1");

        QaReview afterChange = review(approved, first.status(), "rev2");
        assertThat(afterChange.verdict()).isEqualTo(QaReview.Verdict.PENDING);
        assertThat(afterChange.reason()).isEqualTo("RevisionChanged");
        assertThat(afterChange.status().getApprovedRevision()).isEqualTo("rev1");
        assertThat(afterChange.message()).contains("rev1", "rev2", "xapp.io/qa-revision=rev2");
    }

    @Test
    void aNamedRevisionApprovesExactlyThatRevision() {
        Map<String, String> approvedRev2 = Map.of(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED,
                XappMetadata.QA_REVISION_ANNOTATION, "rev2");
        assertThat(review(approvedRev2, approvedFor("rev1"), "rev2").verdict()).isEqualTo(QaReview.Verdict.APPROVED);
        QaReview stale = review(approvedRev2, null, "rev3");
        assertThat(stale.verdict()).isEqualTo(QaReview.Verdict.PENDING);
        assertThat(stale.message()).contains("names revision rev2", "rev3");
    }

    @Test
    void aRejectionCarriesTheNoteAndForgetsTheApproval() {
        QaReview r = review(Map.of(XappMetadata.QA_ANNOTATION, XappMetadata.QA_REJECTED,
                XappMetadata.QA_NOTE_ANNOTATION, "logo is blurry"), approvedFor("rev1"), "rev1");
        assertThat(r.verdict()).isEqualTo(QaReview.Verdict.REJECTED);
        assertThat(r.reason()).isEqualTo("Rejected");
        assertThat(r.message()).contains("logo is blurry");
        assertThat(r.status().getNote()).isEqualTo("logo is blurry");
        assertThat(r.status().getApprovedRevision()).isNull();
    }

    @Test
    void withdrawingTheApprovalForgetsItSoALaterApprovalBindsAnew() {
        QaReview withdrawn = review(Map.of(), approvedFor("rev1"), "rev2");
        assertThat(withdrawn.status().getApprovedRevision()).isNull();
        QaReview again = review(Map.of(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED), withdrawn.status(),
                "rev2");
        assertThat(again.verdict()).isEqualTo(QaReview.Verdict.APPROVED);
        assertThat(again.status().getApprovedRevision()).isEqualTo("rev2");
    }

    @Test
    void anUnknownVerdictIsNamed() {
        QaReview r = review(Map.of(XappMetadata.QA_ANNOTATION, "maybe"), null, "rev1");
        assertThat(r.reason()).isEqualTo("InvalidVerdict");
        assertThat(r.message()).contains("'maybe'", "approved", "rejected");
    }
}
