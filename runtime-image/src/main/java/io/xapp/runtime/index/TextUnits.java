package io.xapp.runtime.index;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a passage into the pieces an answer is assembled from: lines (list items and table rows stay whole), and
 * long lines into sentences.
 */
public final class TextUnits {

    /** A line up to this long stays whole even if it holds two short sentences. */
    private static final int SPLIT_LINES_LONGER_THAN = 160;
    /** Cloned for each use: the JDK builds a new sentence iterator by parsing its rule tables again. */
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ENGLISH);

    private TextUnits() {
    }

    /** @param newLine whether the unit starts a new line in the passage (and so in the answer) */
    public record Unit(String text, boolean newLine) {
    }

    public static List<Unit> of(String passage) {
        List<Unit> units = new ArrayList<>();
        for (String line : passage.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.length() <= SPLIT_LINES_LONGER_THAN) {
                units.add(new Unit(trimmed, true));
                continue;
            }
            boolean first = true;
            for (String sentence : sentences(trimmed)) {
                units.add(new Unit(sentence, first));
                first = false;
            }
        }
        return units;
    }

    /** A sentence iterator of its own for the caller, sharing the parsed rules; no break after "Dr." and the like. */
    public static BreakIterator sentenceIterator() {
        return new NameAwareSentenceIterator((BreakIterator) SENTENCES.clone());
    }

    private static List<String> sentences(String text) {
        BreakIterator it = sentenceIterator();
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
