package io.xapp.runtime.answers;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a reply to a fixture question as the fixtures' README defines it: an answerable question is right when the
 * first source's path equals {@code sourcePath} (a trailing slash ignored) and every {@code answerContains} string
 * occurs in the answer, both lower-cased, non-breaking spaces read as spaces, runs of whitespace collapsed; an
 * unanswerable one is right when the reply says noContent.
 */
public final class AnswerJudge {

    private AnswerJudge() {
    }

    /** What a reply said: its text, its sources' URLs in order, and whether it said there is no content. */
    public record Reply(String answer, List<String> sourceUrls, boolean noContent) {
    }

    public enum Outcome {
        RIGHT, WRONG_SOURCE, MISSING_FACT, FALSE_NO_CONTENT, NO_CONTENT, ANSWERED_UNANSWERABLE;

        public boolean right() {
            return this == RIGHT || this == NO_CONTENT;
        }
    }

    /**
     * @param facts  whether the answer carries every {@code answerContains} string, whatever its page: a visitor got
     *               the facts, though maybe from another page that also states them (an FAQ restating a price list)
     * @param detail what was wrong, for the report; empty when right
     */
    public record Verdict(Outcome outcome, boolean sourceAt1, boolean facts, String detail) {
    }

    public static Verdict judge(QaSet.Question question, Reply reply) {
        if (question.noContent()) {
            return reply.noContent() ? new Verdict(Outcome.NO_CONTENT, false, false, "")
                    : new Verdict(Outcome.ANSWERED_UNANSWERABLE, false, false, "should be noContent");
        }
        if (reply.noContent()) {
            return new Verdict(Outcome.FALSE_NO_CONTENT, false, false, "noContent");
        }
        String first = reply.sourceUrls().isEmpty() ? "none" : path(reply.sourceUrls().get(0));
        // Both decoded: a writer may spell "/drop-off-%26-pick-up/" as the site's links do.
        boolean sourceAt1 = first.equals(path(question.sourcePath()));
        String answer = normalise(reply.answer());
        Optional<String> missing = question.answerContains().stream()
                .filter(fact -> !answer.contains(normalise(fact))).findFirst();
        String wrongSource = sourceAt1 ? "" : "first source " + first + " not " + question.sourcePath();
        if (missing.isPresent()) {
            return new Verdict(sourceAt1 ? Outcome.MISSING_FACT : Outcome.WRONG_SOURCE, sourceAt1, false,
                    (sourceAt1 ? "" : wrongSource + "; ") + "missing '" + missing.get() + "'");
        }
        return new Verdict(sourceAt1 ? Outcome.RIGHT : Outcome.WRONG_SOURCE, sourceAt1, true, wrongSource);
    }

    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).strip();
    }

    private static String path(String url) {
        String path = URI.create(url).getPath();
        return trimSlash(path == null || path.isEmpty() ? "/" : path);
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
