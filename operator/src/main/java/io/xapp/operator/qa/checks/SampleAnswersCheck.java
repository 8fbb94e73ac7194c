package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.api.v1alpha1.QaCheckResult.SampleAnswer;
import io.xapp.operator.qa.checks.SampleQuestions.Heading;
import io.xapp.operator.qa.checks.SampleQuestions.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Content: a handful of sample questions drawn from the site's own headings (hours, prices, services, contact),
 * each asked through the runtime's chat API as a visitor would; the answers and their sources go into the status,
 * so the reviewer reads answers instead of typing questions. Answers that came back "no content" are flagged.
 */
final class SampleAnswersCheck implements QaCheck {

    static final String NAME = "SampleAnswers";
    /** Answers are at most about 400 characters; this bounds what one check puts into the status. */
    static final int MAX_ANSWER_CHARS = 600;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome run(CheckContext context) throws CheckException, InterruptedException {
        List<SampleAnswer> answers = new ArrayList<>();
        List<String> noHeading = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            Optional<Heading> heading = headingAbout(topic, context.runtime());
            if (heading.isEmpty()) {
                noHeading.add(topic.label);
                continue;
            }
            String question = SampleQuestions.question(heading.get().text());
            answers.add(answer(question, heading.get(), context.runtime().chat(question)));
        }
        return judge(answers, noHeading);
    }

    private static Optional<Heading> headingAbout(Topic topic, RuntimeApi runtime)
            throws CheckException, InterruptedException {
        for (String probe : topic.probes) {
            Optional<Heading> found = SampleQuestions.pick(topic, runtime.suggest(probe));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static SampleAnswer answer(String question, Heading heading, JsonNode reply) {
        String text = reply.path("answer").asText("");
        JsonNode source = reply.path("sources").path(0);
        return new SampleAnswer(question, heading.text(),
                text.length() <= MAX_ANSWER_CHARS ? text : text.substring(0, MAX_ANSWER_CHARS) + "...",
                source.isMissingNode() ? null : source.path("url").asText(null),
                reply.path("noContent").asBoolean(false));
    }

    static CheckOutcome judge(List<SampleAnswer> answers, List<String> noHeading) {
        String missing = noHeading.isEmpty() ? "" : " No heading of the site names " + String.join(", ", noHeading)
                + ", so nothing was asked about " + (noHeading.size() == 1 ? "it" : "them") + ".";
        if (answers.isEmpty()) {
            return CheckOutcome.warning("No sample question could be made: no heading or page title of the site "
                    + "names hours, prices, services or contact. Ask a few questions in the preview.");
        }
        List<SampleAnswer> unanswered = answers.stream().filter(a -> Boolean.TRUE.equals(a.noContent())).toList();
        List<SampleAnswer> unsourced = answers.stream()
                .filter(a -> !Boolean.TRUE.equals(a.noContent()) && a.source() == null).toList();
        int answered = answers.size() - unanswered.size();
        String summary = answered + " of " + answers.size() + " sample questions made from the site's headings were "
                + "answered from the site";
        if (unanswered.isEmpty() && unsourced.isEmpty()) {
            return new CheckOutcome(Result.Passed, summary + ", each with its source; read them in "
                    + "status.qa.checks or on the preview page." + missing, answers);
        }
        StringBuilder m = new StringBuilder(summary).append('.');
        if (!unanswered.isEmpty()) {
            m.append(" No content for: ").append(quoted(unanswered)).append(" (the site names it in a heading, but "
                    + "the text under it did not answer; is it in a picture, or on a page the crawl excluded?).");
        }
        if (!unsourced.isEmpty()) {
            m.append(" Answered without a source: ").append(quoted(unsourced)).append('.');
        }
        m.append(missing);
        Result result = answered == 0 ? Result.Failed : Result.Warning;
        return new CheckOutcome(result, m.toString(), answers);
    }

    private static String quoted(List<SampleAnswer> answers) {
        return String.join(", ", answers.stream().map(a -> "\"" + a.question() + "\"").toList());
    }
}
