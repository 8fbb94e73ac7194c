package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * One automated pre-review check of the revision under review ({@code status.qa.checks}): what it looked at and
 * what a reviewer should do about it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record QaCheckResult(
        @Required
        @JsonProperty("name")
        @JsonPropertyDescription("What is checked: Logo, Colours, Coverage, SampleAnswers, CallsToAction, "
                + "PartnerApis or Channels.")
        String name,

        @Required
        @JsonProperty("result")
        @JsonPropertyDescription("Pending (not finished yet), Passed, Warning (look before approving) or Failed "
                + "(an approval of this revision is refused unless it carries xapp.io/qa-override).")
        Result result,

        @JsonProperty("message")
        @JsonPropertyDescription("What the check found, and what to do when it did not pass.")
        String message,

        @JsonProperty("answers")
        @JsonPropertyDescription("SampleAnswers only: the questions asked, made from the site's own headings, with "
                + "the runtime's answers and sources, so the reviewer reads answers instead of typing questions.")
        List<SampleAnswer> answers) {

    /** A check's verdict. */
    public enum Result { Pending, Passed, Warning, Failed }

    public QaCheckResult {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public QaCheckResult(String name, Result result, String message) {
        this(name, result, message, List.of());
    }

    /** One sample question and the runtime's answer to it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SampleAnswer(
            @JsonProperty("question")
            @JsonPropertyDescription("The question asked.")
            String question,

            @JsonProperty("heading")
            @JsonPropertyDescription("The site's own heading or title the question was made from.")
            String heading,

            @JsonProperty("answer")
            @JsonPropertyDescription("The runtime's answer, as a visitor would read it.")
            String answer,

            @JsonProperty("source")
            @JsonPropertyDescription("URL of the page the answer came from; absent when it found none.")
            String source,

            @JsonProperty("noContent")
            @JsonPropertyDescription("True when the runtime found nothing on the site to answer with.")
            Boolean noContent) {
    }
}
