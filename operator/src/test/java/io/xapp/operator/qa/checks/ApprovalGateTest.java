package io.xapp.operator.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.api.v1alpha1.QaCheckRun;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.qa.QaReview;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalGateTest {

    private static final Map<String, String> APPROVED = Map.of(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED);

    private static ChecksVerdict verdict(QaCheckRun.State state, QaCheckResult... checks) {
        return new ChecksVerdict(true, new QaCheckRun("rev1", state, "6/7", "t0", state == QaCheckRun.State.Running
                ? null : "t1"), List.of(checks));
    }

    private static QaReview gate(Map<String, String> annotations, ChecksVerdict checks, boolean published) {
        QaReview review = QaReview.evaluate(annotations, null, "rev1", "partner-a", "ast-x", true);
        return ApprovalGate.apply(review, checks, annotations, published, "partner-a", "ast-x");
    }

    @Test
    void passedOrWarnedChecksLetTheApprovalStandAndGoIntoTheStatus() {
        QaReview r = gate(APPROVED, verdict(QaCheckRun.State.Warning,
                new QaCheckResult("PartnerApis", Result.Warning, "cannot tell")), false);
        assertThat(r.verdict()).isEqualTo(QaReview.Verdict.APPROVED);
        assertThat(r.status().getCheckRun().summary()).isEqualTo("6/7");
        assertThat(r.status().getChecks()).extracting(QaCheckResult::name).containsExactly("PartnerApis");
        assertThat(r.status().getOverride()).isNull();
    }

    @Test
    void failedChecksRefuseTheApprovalAndSayHowToOverride() {
        QaReview r = gate(APPROVED, verdict(QaCheckRun.State.Failed,
                new QaCheckResult("Logo", Result.Failed, "The logo answers HTTP 404")), false);
        assertThat(r.verdict()).isEqualTo(QaReview.Verdict.PENDING);
        assertThat(r.reason()).isEqualTo(ApprovalGate.CHECKS_FAILED);
        assertThat(r.status().getState()).isEqualTo(QaStatus.State.Pending);
        assertThat(r.status().getApprovedRevision()).as("the binding to the revision stays").isEqualTo("rev1");
        assertThat(r.message()).contains("its checks failed (Logo: The logo answers HTTP 404)",
                "kubectl annotate assistant -n partner-a ast-x --overwrite xapp.io/qa=approved "
                        + "xapp.io/qa-revision=rev1 xapp.io/qa-override='<why it is fine>'");
    }

    @Test
    void anOverrideWithANoteApprovesAndIsRecorded() {
        Map<String, String> overridden = new HashMap<>(APPROVED);
        overridden.put(XappMetadata.QA_OVERRIDE_ANNOTATION, "the customer's CDN serves the logo from Monday");
        QaReview r = gate(overridden, verdict(QaCheckRun.State.Failed,
                new QaCheckResult("Logo", Result.Failed, "404")), false);
        assertThat(r.verdict()).isEqualTo(QaReview.Verdict.APPROVED);
        assertThat(r.status().getOverride()).isEqualTo("the customer's CDN serves the logo from Monday");
        assertThat(r.message()).contains("although its checks failed", "with the override: the customer's CDN");

        overridden.put(XappMetadata.QA_OVERRIDE_ANNOTATION, "  ");
        assertThat(gate(overridden, verdict(QaCheckRun.State.Failed), false).reason())
                .as("an override needs a note").isEqualTo(ApprovalGate.CHECKS_FAILED);
    }

    @Test
    void anApprovalWaitsForChecksStillRunning() {
        QaReview r = gate(APPROVED, verdict(QaCheckRun.State.Running), false);
        assertThat(r.verdict()).isEqualTo(QaReview.Verdict.PENDING);
        assertThat(r.reason()).isEqualTo(ApprovalGate.AWAITING_CHECKS);
        QaReview notStarted = gate(APPROVED, new ChecksVerdict(true, null, null), false);
        assertThat(notStarted.message()).contains("have not finished (not started)");
    }

    @Test
    void aPublishedRevisionStaysAndChecksOffChangeNothing() {
        assertThat(gate(APPROVED, verdict(QaCheckRun.State.Failed), true).verdict())
                .isEqualTo(QaReview.Verdict.APPROVED);
        QaReview off = gate(APPROVED, ChecksVerdict.DISABLED, false);
        assertThat(off.verdict()).isEqualTo(QaReview.Verdict.APPROVED);
        assertThat(off.status().getCheckRun()).isNull();
    }

    @Test
    void noApprovalNoGate() {
        QaReview r = gate(Map.of(), verdict(QaCheckRun.State.Failed), false);
        assertThat(r.reason()).isEqualTo(QaReview.AWAITING_REVIEW);
    }
}
