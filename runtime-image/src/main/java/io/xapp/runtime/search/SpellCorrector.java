package io.xapp.runtime.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.xapp.runtime.index.PassageFields;
import io.xapp.runtime.index.ContentAnalyzers;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.WordBreakSpellChecker;

/**
 * Corrects a visitor's typos ("whitning", "emergancy") against the words the site actually uses. Only words the
 * site never uses are corrected, and a word of the language ({@link EnglishWords}) only into another form of itself
 * ("keeps" into the site's "keep"): "chill" is no typo of the menu's "chili". Short words get one edit, longer ones
 * two.
 */
final class SpellCorrector {

    private static final int MIN_LENGTH = 4;
    private static final int TWO_EDITS_FROM_LENGTH = 8;
    private static final int CACHED_CORRECTIONS = 5_000;
    private static final EnglishMinimalStemmer PLURALS = new EnglishMinimalStemmer();

    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);
    private final WordBreakSpellChecker wordBreaks = wordBreaker();
    private final Set<String> vocabulary;
    private final Analyzer stemmer = ContentAnalyzers.index();
    /**
     * Corrections already worked out, per index generation (the reader's cache key) and word. Finding one builds
     * Levenshtein automata, about a third of a search's CPU; visitors ask with the same words and typos again and
     * again, and the answer only changes with the index.
     */
    private final Cache<Correction, Optional<String>> corrections = Caffeine.newBuilder()
            .maximumSize(CACHED_CORRECTIONS).build();

    /** @param vocabulary words known besides the site's own: those of the synonym list */
    SpellCorrector(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    private static WordBreakSpellChecker wordBreaker() {
        WordBreakSpellChecker breaker = new WordBreakSpellChecker();
        breaker.setMinBreakWordLength(3);
        breaker.setMaxChanges(1);
        breaker.setMinSuggestionFrequency(2);
        return breaker;
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setAccuracy(0.7f);
        // A word on one page only is too weak a candidate: "deal" is no typo of a single "deaf".
        checker.setThresholdFrequency(2);
        return checker;
    }

    /** The site's spelling of {@code word}, or empty when the site uses the word as is or knows nothing close. */
    Optional<String> correct(String word, IndexReader reader) throws IOException {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Term term = new Term(PassageFields.WORDS, word);
        if (reader.docFreq(term) > 0 || vocabulary.contains(word)) {
            return Optional.empty();
        }
        Object generation = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        Correction key = new Correction(generation, word);
        Optional<String> known = corrections.getIfPresent(key);
        if (known == null) {
            known = suggest(term, reader).filter(fix -> !isEnglish(word) || sameStem(word, fix));
            corrections.put(key, known);
        }
        return known;
    }

    /**
     * Whether {@code word} is a word of the language or the plural of one: the list holds the model's whole words,
     * few of them plurals ("trims" is "trim", no typo of the groomer's "trip"; "pics" is "pic"). Plurals only: a
     * stemmer's deeper cuts make words of typos ("emergancy" to "emerge").
     */
    private static boolean isEnglish(String word) {
        char[] chars = word.toCharArray();
        int singular = PLURALS.stem(chars, chars.length);
        return EnglishWords.contains(word)
                || singular < chars.length && EnglishWords.contains(new String(chars, 0, singular));
    }

    /** Whether the index's stemming makes the same words of both ("saturdays" and "saturday"). */
    private boolean sameStem(String word, String other) {
        List<String> stems = stems(word);
        return !stems.isEmpty() && stems.equals(stems(other));
    }

    private List<String> stems(String text) {
        return ContentAnalyzers.terms(stemmer, PassageFields.BODY, text);
    }

    private record Correction(Object generation, String word) {
    }

    private Optional<String> suggest(Term term, IndexReader reader) throws IOException {
        String word = term.text();
        DirectSpellChecker checker = word.length() >= TWO_EDITS_FROM_LENGTH ? twoEdits : oneEdit;
        SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (suggestions.length > 0) {
            return Optional.of(suggestions[0].string);
        }
        // A compound the site writes apart or hyphenated: "checkup" for "check-up".
        SuggestWord[][] breaks = wordBreaks.suggestWordBreaks(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX,
                WordBreakSpellChecker.BreakSuggestionSortMethod.NUM_CHANGES_THEN_MAX_FREQUENCY);
        if (breaks.length > 0) {
            StringBuilder joined = new StringBuilder();
            for (SuggestWord part : breaks[0]) {
                joined.append(joined.length() == 0 ? "" : " ").append(part.string);
            }
            return Optional.of(joined.toString());
        }
        return closestInVocabulary(word);
    }

    private Optional<String> closestInVocabulary(String word) {
        int allowed = word.length() >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
        String best = null;
        int bestEdits = allowed + 1;
        for (String candidate : vocabulary) {
            if (candidate.length() >= MIN_LENGTH && candidate.charAt(0) == word.charAt(0)
                    && Math.abs(candidate.length() - word.length()) <= allowed) {
                int edits = editDistance(word, candidate);
                if (edits < bestEdits) {
                    best = candidate;
                    bestEdits = edits;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance; the words are short, so the plain dynamic programme is fine. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
