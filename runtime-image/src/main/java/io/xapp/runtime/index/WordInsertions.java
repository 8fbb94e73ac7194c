package io.xapp.runtime.index;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Inserts words into a text before where patterns match, in one pass over it for all of them: the entity markers
 * ("price" before "$145") and the days hours abbreviate ("saturday" before "Sat 8:00"). The text's own words stay
 * as they were and offsets map back to it, so highlighting is unchanged. One char filter per pattern would copy
 * every text the index analyses once per pattern.
 */
final class WordInsertions {

    /**
     * Where to insert, and what.
     *
     * @param at   a pattern whose matches mark the places (usually a lookahead, matching nothing)
     * @param word the word to insert before a match
     */
    record Rule(Pattern at, Function<MatchResult, String> word) {

        /** The same word before every match. */
        Rule(Pattern at, String word) {
            this(at, match -> word);
        }
    }

    private WordInsertions() {
    }

    static Reader wrap(Reader in, List<Rule> rules) {
        return new Filter(in, rules);
    }

    private record Insertion(int at, int rule, String word) {
    }

    private static final class Filter extends BaseCharFilter {

        private final List<Rule> rules;
        private String output;
        private int read;

        Filter(Reader in, List<Rule> rules) {
            super(in);
            this.rules = rules;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (output == null) {
                output = insert(readAll());
            }
            if (read >= output.length()) {
                return -1;
            }
            int n = Math.min(length, output.length() - read);
            output.getChars(read, read + n, buffer, offset);
            read += n;
            return n;
        }

        /** A word inserted at the start maps to before it: 0, as Lucene's PatternReplaceCharFilter has it. */
        @Override
        protected int correct(int currentOff) {
            return Math.max(0, super.correct(currentOff));
        }

        private String readAll() throws IOException {
            StringBuilder text = new StringBuilder();
            char[] chunk = new char[1024];
            for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
                text.append(chunk, 0, n);
            }
            return text.toString();
        }

        /** The text with every rule's words inserted; at one place, in the order of the rules. */
        private String insert(String text) {
            List<Insertion> insertions = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                Matcher m = rules.get(r).at().matcher(text);
                while (m.find()) {
                    insertions.add(new Insertion(m.start(), r, rules.get(r).word().apply(m)));
                }
            }
            if (insertions.isEmpty()) {
                return text;
            }
            insertions.sort(Comparator.comparingInt(Insertion::at).thenComparingInt(Insertion::rule));
            StringBuilder out = new StringBuilder(text.length() + 16 * insertions.size());
            int copied = 0;
            int diff = 0;
            for (Insertion insertion : insertions) {
                out.append(text, copied, insertion.at());
                copied = insertion.at();
                // As Lucene's PatternReplaceCharFilter maps what it inserts: each inserted char one further back.
                for (int i = 0; i < insertion.word().length(); i++) {
                    addOffCorrectMap(out.length(), --diff);
                    out.append(insertion.word().charAt(i));
                }
            }
            return out.append(text, copied, text.length()).toString();
        }
    }
}
