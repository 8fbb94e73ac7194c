package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class QaStatus {

    /** Review states as the reviewer sees them. */
    public enum State { Pending, Approved, Rejected }

    @JsonPropertyDescription("Pending (waiting for review of the current revision), Approved or Rejected.")
    private State state;

    @JsonPropertyDescription("Revision of the generated assistant now running: a hash of everything a reviewer "
            + "judges (website, template, brand, channels). Approve it with: kubectl annotate assistant NAME "
            + "xapp.io/qa=approved xapp.io/qa-revision=REVISION --overwrite")
    private String revision;

    @JsonPropertyDescription("The revision the current approval holds for; differs from revision when a change "
            + "after approval needs a new review.")
    private String approvedRevision;

    @JsonPropertyDescription("The reviewer's note from the xapp.io/qa-note annotation.")
    private String note;

    @JsonPropertyDescription("The note of xapp.io/qa-override when an approval counts only because of it: QA "
            + "approved although the revision's checks failed or had not finished.")
    private String override;

    @JsonPropertyDescription("Where the automated pre-review checks of the current revision stand.")
    private QaCheckRun checkRun;

    @JsonPropertyDescription("The automated pre-review checks of checkRun.revision, one entry per check.")
    private List<QaCheckResult> checks;

    public String getRevision() { return revision; }
    public void setRevision(String revision) { this.revision = revision; }
    public State getState() { return state; }
    public void setState(State state) { this.state = state; }
    public String getApprovedRevision() { return approvedRevision; }
    public void setApprovedRevision(String approvedRevision) { this.approvedRevision = approvedRevision; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getOverride() { return override; }
    public void setOverride(String override) { this.override = override; }
    public QaCheckRun getCheckRun() { return checkRun; }
    public void setCheckRun(QaCheckRun checkRun) { this.checkRun = checkRun; }
    public List<QaCheckResult> getChecks() { return checks; }
    public void setChecks(List<QaCheckResult> checks) { this.checks = checks; }

    @Override
    public boolean equals(Object o) {
        return o instanceof QaStatus that && state == that.state && Objects.equals(revision, that.revision)
                && Objects.equals(approvedRevision, that.approvedRevision) && Objects.equals(note, that.note)
                && Objects.equals(override, that.override) && Objects.equals(checkRun, that.checkRun)
                && Objects.equals(checks, that.checks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, revision, approvedRevision, note, override, checkRun, checks);
    }
}
