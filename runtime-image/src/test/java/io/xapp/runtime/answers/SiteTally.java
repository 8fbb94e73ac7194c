package io.xapp.runtime.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One site's figures: right answers, source@1, answers with every fact whatever their page, noContent recall, false
 * noContent, latency; and what was missed.
 */
public final class SiteTally {

    private final String site;
    private int answerable;
    private int right;
    private int sourceAt1;
    private int facts;
    private int unanswerable;
    private int noContentRight;
    private int falseNoContent;
    private final List<Long> latenciesNanos = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    public SiteTally(String site) {
        this.site = site;
    }

    public void add(QaSet.Question question, AnswerJudge.Reply reply, long nanos) {
        AnswerJudge.Verdict verdict = AnswerJudge.judge(question, reply);
        latenciesNanos.add(nanos);
        if (question.noContent()) {
            unanswerable++;
        } else {
            answerable++;
        }
        switch (verdict.outcome()) {
            case RIGHT -> right++;
            case NO_CONTENT -> noContentRight++;
            case FALSE_NO_CONTENT -> falseNoContent++;
            default -> { }
        }
        if (verdict.sourceAt1()) {
            sourceAt1++;
        }
        if (verdict.facts()) {
            facts++;
        }
        if (!verdict.outcome().right()) {
            String answer = reply.answer() == null ? "" : reply.answer().replace('\n', ' ');
            misses.add("%s: %s (%s) -> %s".formatted(site, question.text(), verdict.detail(),
                    answer.length() > 160 ? answer.substring(0, 160) + "…" : answer));
        }
    }

    public String site() {
        return site;
    }

    public int right() {
        return right;
    }

    public int answerable() {
        return answerable;
    }

    public int sourceAt1() {
        return sourceAt1;
    }

    /** Answers carrying every {@code answerContains} string, from whichever page. */
    public int facts() {
        return facts;
    }

    public int noContentRight() {
        return noContentRight;
    }

    public int unanswerable() {
        return unanswerable;
    }

    public int falseNoContent() {
        return falseNoContent;
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    public long[] sortedLatencies() {
        long[] sorted = latenciesNanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The sum of several sites' figures, named {@code name}. */
    public static SiteTally total(String name, List<SiteTally> sites) {
        SiteTally total = new SiteTally(name);
        for (SiteTally s : sites) {
            total.answerable += s.answerable;
            total.right += s.right;
            total.sourceAt1 += s.sourceAt1;
            total.facts += s.facts;
            total.unanswerable += s.unanswerable;
            total.noContentRight += s.noContentRight;
            total.falseNoContent += s.falseNoContent;
            total.latenciesNanos.addAll(s.latenciesNanos);
        }
        return total;
    }

    public static String header() {
        return "%-22s %9s %9s %9s %10s %9s %9s %9s".formatted("site", "right", "source@1", "facts", "noContent",
                "false nc", "p50 ms", "p99 ms");
    }

    public String row() {
        long[] sorted = sortedLatencies();
        return "%-22s %6d/%-2d %6d/%-2d %6d/%-2d %7d/%-2d %9d %9.1f %9.1f".formatted(site, right, answerable,
                sourceAt1, answerable, facts, answerable, noContentRight, unanswerable, falseNoContent,
                percentile(sorted, 0.5), percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
