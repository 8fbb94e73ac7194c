package io.xapp.runtime.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Set;

/**
 * English sentence boundaries as the JDK's sentence iterator finds them, but none after a title or an initial before
 * a name, nor after a step's number: the JDK breaks "Dr. Lindqvist leads our dental service." into "Dr." and
 * "Lindqvist leads our dental service.", so an answer quoted one sentence without its "Dr." (or quoted "Dr." alone)
 * and the embedded sentence lost who it was about. ICU suppresses such breaks with a list of abbreviations; ICU4J is
 * 14 MB, this is the part a business site needs.
 */
final class NameAwareSentenceIterator extends BreakIterator {

    /**
     * Titles written before a name. "Dr." also abbreviates "Drive", which can end a sentence ("45 Alder Dr. Parking is
     * behind"); a street address mostly sits in a short line of its own, which is never cut into sentences, while a
     * doctor's title appears in every dentist's and vet's prose. "St." is left out: a saint and a street are as common.
     */
    private static final Set<String> TITLES = Set.of("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Rev", "Fr", "Capt",
            "Sgt", "Lt", "Col", "Gen", "Hon");

    /** A step's number ("2. Warm the pipe ...") at the start of a line has at most this many digits. */
    private static final int MAX_STEP_DIGITS = 3;

    private final BreakIterator sentences;
    private String text = "";
    private int begin;

    NameAwareSentenceIterator(BreakIterator sentences) {
        this.sentences = sentences;
    }

    /**
     * Whether the JDK's boundary at {@code offset} precedes a capital and follows a title, an initial, or a step's
     * number at the start of a line (a numbered step written out, "2. Warm the pipe", which the JDK cut after "2.").
     */
    private boolean suppressed(int offset) {
        int at = offset - begin;
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        int next = at;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        int dot = at - 1;
        while (dot >= 0 && Character.isWhitespace(text.charAt(dot))) {
            dot--;
        }
        if (next == text.length() || !Character.isUpperCase(text.charAt(next)) || dot < 1
                || text.charAt(dot) != '.') {
            return false;
        }
        int digits = dot;
        while (digits > 0 && Character.isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        if (digits < dot && dot - digits <= MAX_STEP_DIGITS && onlySpaceBefore(digits)) {
            return true;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return false;
        }
        String word = text.substring(start, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || TITLES.contains(word);
    }

    /** Whether only spaces stand between the start of the line and {@code at}. */
    private boolean onlySpaceBefore(int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int first() {
        return sentences.first();
    }

    @Override
    public int last() {
        return sentences.last();
    }

    @Override
    public int next(int n) {
        int boundary = current();
        for (int i = 0; i < Math.abs(n) && boundary != DONE; i++) {
            boundary = n > 0 ? next() : previous();
        }
        return boundary;
    }

    @Override
    public int next() {
        return skipSuppressed(sentences.next(), true);
    }

    @Override
    public int previous() {
        return skipSuppressed(sentences.previous(), false);
    }

    @Override
    public int following(int offset) {
        return skipSuppressed(sentences.following(offset), true);
    }

    @Override
    public int preceding(int offset) {
        return skipSuppressed(sentences.preceding(offset), false);
    }

    /** {@code boundary}, or the JDK's next boundary in that direction that is not suppressed. */
    private int skipSuppressed(int boundary, boolean forwards) {
        while (boundary != DONE && suppressed(boundary)) {
            boundary = forwards ? sentences.next() : sentences.previous();
        }
        return boundary;
    }

    @Override
    public boolean isBoundary(int offset) {
        if (sentences.isBoundary(offset) && !suppressed(offset)) {
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return sentences.current();
    }

    @Override
    public CharacterIterator getText() {
        return sentences.getText();
    }

    /** The text as it is, without the character-by-character copy {@link #setText(CharacterIterator)} makes. */
    @Override
    public void setText(String newText) {
        text = newText;
        begin = 0;
        sentences.setText(newText);
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        newText.first();
        text = copy.toString();
        begin = newText.getBeginIndex();
        sentences.setText(newText);
    }

    @Override
    public NameAwareSentenceIterator clone() {
        NameAwareSentenceIterator copy = new NameAwareSentenceIterator((BreakIterator) sentences.clone());
        copy.text = text;
        copy.begin = begin;
        return copy;
    }
}
