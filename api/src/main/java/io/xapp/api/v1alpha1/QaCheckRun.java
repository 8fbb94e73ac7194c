package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Where the pre-review checks of one revision stand ({@code status.qa.checkRun}); the entries are in
 * {@code status.qa.checks}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QaCheckRun(
        @JsonProperty("revision")
        @JsonPropertyDescription("The QA revision these checks are for; they run again when status.qa.revision "
                + "changes.")
        String revision,

        @JsonProperty("state")
        @JsonPropertyDescription("Running, or the outcome of every check together: Passed, Warning (at least one "
                + "warning, none failed) or Failed (at least one failed). The label xapp.io/qa-checks carries it in "
                + "lower case once the checks are done.")
        State state,

        @JsonProperty("summary")
        @JsonPropertyDescription("Checks passed out of all checks, e.g. 7/7 (the CHECKS column).")
        String summary,

        @JsonProperty("startedAt")
        @JsonPropertyDescription("When the checks of this revision started (RFC 3339).")
        String startedAt,

        @JsonProperty("completedAt")
        @JsonPropertyDescription("When the last check of this revision finished (RFC 3339).")
        String completedAt) {

    /** The run's state; every state but Running is final for its revision. */
    public enum State {
        Running, Passed, Warning, Failed;

        /** The value of the xapp.io/qa-checks label for a finished run. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean done() {
        return state != null && state != State.Running;
    }
}
