package io.xapp.runtime.search;

import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Understands a question: writes out chat shorthand ({@link ChatSpellings}), corrects typos against the site's
 * vocabulary, expands synonyms, drops filler words and groups what is left into {@link Concept}s; a word the site
 * never uses stands for the words of its family the site does ({@link WordFamily}). Synonyms come out
 * of Lucene's synonym graph as tokens spanning the words they replace; tokens whose spans overlap are alternatives
 * of one concept.
 */
public final class QueryInterpreter {

    private static final double NUMBER_WEIGHT = 0.5;

    private final Analyzer queryAnalyzer;
    private final Analyzer words = ContentAnalyzers.words();
    private final SpellCorrector speller;

    public QueryInterpreter(SynonymMap synonyms, Set<String> vocabulary) {
        this.queryAnalyzer = ContentAnalyzers.query(synonyms);
        this.speller = new SpellCorrector(vocabulary);
    }

    /** With the bundled synonym list. */
    public static QueryInterpreter withDefaultSynonyms() {
        return withVocabulary(List.of());
    }

    /** With the bundled synonym list and a template's vocabulary (see {@link ContentAnalyzers#synonyms}). */
    public static QueryInterpreter withVocabulary(List<String> vocabulary) {
        List<String> usable = ContentAnalyzers.usable(vocabulary);
        return new QueryInterpreter(ContentAnalyzers.synonyms(usable), ContentAnalyzers.synonymVocabulary(usable));
    }

    public InterpretedQuery interpret(String text, IndexSearcher searcher) {
        try {
            IndexReader reader = searcher.getIndexReader();
            String corrected = joinCompounds(correctTypos(ChatSpellings.writeOut(text), reader), reader);
            return new InterpretedQuery(text, corrected, concepts(corrected, searcher));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content index failed", e);
        }
    }

    /**
     * The words of {@code query} the site never uses that a site's word may stand for, each once: words of letters
     * ("10x10" or "w2" has no word near it in meaning).
     */
    public List<String> siteWordsAskedFor(InterpretedQuery query) {
        try {
            return unknownLetterWords(query.correctedText(), query.concepts()).stream().map(Word::text).distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a question failed", e);
        }
    }

    /**
     * {@code query} with each of its words {@code siteWords} names searched as that site word ("bunny" as "rabbit"):
     * a concept the site knows. The corrected text keeps the visitor's word, which the model reads as well as the
     * site's. Unchanged where {@code siteWords} names none of its words.
     */
    public InterpretedQuery withSiteWords(InterpretedQuery query, Map<String, String> siteWords,
                                         IndexSearcher searcher) {
        try {
            String corrected = query.correctedText();
            List<Word> unknown = unknownLetterWords(corrected, query.concepts()).stream()
                    .filter(w -> siteWords.containsKey(w.text())).toList();
            return unknown.isEmpty() ? query : new InterpretedQuery(query.text(), corrected,
                    concepts(replace(corrected, unknown, siteWords::get), searcher));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content index failed", e);
        }
    }

    private List<Word> unknownLetterWords(String text, List<Concept> concepts) throws IOException {
        return unknownWords(text, concepts).stream().filter(w -> isLetters(w.text())).toList();
    }

    private List<Concept> concepts(String text, IndexSearcher searcher) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        for (Set<String> terms : mergeOverlapping(termGroups(text))) {
            concepts.add(weigh(terms, searcher));
        }
        return concepts;
    }

    /** The words of {@code text} that stand for nothing but concepts the site never uses. */
    private List<Word> unknownWords(String text, List<Concept> concepts) throws IOException {
        Set<String> unknown = new HashSet<>();
        concepts.stream().filter(c -> !c.known()).forEach(c -> unknown.addAll(c.terms()));
        List<Word> found = new ArrayList<>();
        if (unknown.isEmpty()) {
            return found;
        }
        for (Word word : words(text)) {
            // The query terms the word stands for, synonyms included.
            List<String> terms = ContentAnalyzers.terms(queryAnalyzer, PassageFields.ALL,
                    text.substring(word.start(), word.end()));
            if (!terms.isEmpty() && unknown.containsAll(terms)) {
                found.add(word);
            }
        }
        return found;
    }

    /** {@code text} with each of {@code words} replaced by what {@code replacement} gives for it (null: kept). */
    private static String replace(String text, List<Word> words, Function<String, String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Word word : words) {
            String with = replacement.apply(word.text());
            if (with != null) {
                out.append(text, copied, word.start()).append(with);
                copied = word.end();
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    /**
     * The question's corrected text without the words the site never uses ("who does the tuning, is he certified" on
     * a site that never says "certified": "who does the tuning, is he"); empty when every word is one it uses.
     */
    public Optional<String> withoutUnknownWords(InterpretedQuery query) {
        if (query.concepts().stream().allMatch(Concept::known)) {
            return Optional.empty();
        }
        try {
            String text = query.correctedText();
            String without = replace(text, unknownWords(text, query.concepts()), word -> "");
            return Optional.of(without.replaceAll("\\s{2,}", " ").strip());
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a question failed", e);
        }
    }

    /** Any of the concept's terms, in {@code field}. */
    public static Query anyTerm(Concept concept, String field) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : concept.terms()) {
            any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private String correctTypos(String text, IndexReader reader) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Word word : words(text)) {
            if (ContentAnalyzers.STOP_WORDS.contains(word.text())) {
                continue;
            }
            Optional<String> fix = speller.correct(word.text(), reader);
            if (fix.isPresent()) {
                out.append(text, copied, word.start()).append(fix.get());
                copied = word.end();
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    /**
     * Two words of the question written as one where the site writes them so and never writes one of them: "house
     * plants" as "houseplants", "pick up" as "pickup", "wi fi" as "wifi", and with the first word's base where the
     * site writes that ("waiting list" as "waitlist"). Two words the site writes stay apart: "be coming" is no
     * "becoming". A plural or singular of a word counts as the word.
     */
    private String joinCompounds(String text, IndexReader reader) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        Word previous = null;
        for (Word word : words(text)) {
            Optional<String> joined = Optional.empty();
            if (previous != null && text.substring(previous.end(), word.start()).equals(" ")
                    && isLetters(previous.text()) && isLetters(word.text())
                    && (!siteWrites(previous.text(), reader) || !siteWrites(word.text(), reader))) {
                joined = joined(previous.text(), word.text(), reader);
            }
            if (joined.isPresent()) {
                out.append(text, copied, previous.start()).append(joined.get());
                copied = word.end();
                previous = null;
            } else {
                previous = word;
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    /** The one word the site writes for {@code first} and {@code second}: "waiting list" as "waitlist". */
    private static Optional<String> joined(String first, String second, IndexReader reader) throws IOException {
        // The word itself first, and whatever its length: bases leave out words under four letters ("day care").
        Set<String> forms = new LinkedHashSet<>(List.of(first));
        forms.addAll(WordFamily.bases(first));
        for (String base : forms) {
            if (siteWrites(base + second, reader)) {
                return Optional.of(base + second);
            }
        }
        return Optional.empty();
    }

    /** The question's words, lower case, with where each stands in {@code text}. */
    private List<Word> words(String text) throws IOException {
        List<Word> found = new ArrayList<>();
        try (TokenStream ts = words.tokenStream(PassageFields.WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                found.add(new Word(term.toString(), offsets.startOffset(), offsets.endOffset()));
            }
            ts.end();
        }
        return found;
    }

    private record Word(String text, int start, int end) {
    }

    private static boolean isLetters(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isLetter);
    }

    private static boolean siteWrites(String word, IndexReader reader) throws IOException {
        for (String form : List.of(word, word + "s", word.endsWith("s") ? word.substring(0, word.length() - 1) : "")) {
            if (!form.isEmpty() && reader.docFreq(new Term(PassageFields.WORDS, form)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * One concept per thing asked, however often it is asked: "how much does it cost" expands "how much" to the
     * cost words and names "cost" as well, which would otherwise count the price twice against the rest.
     */
    private static List<Set<String>> mergeOverlapping(List<Set<String>> groups) {
        List<Set<String>> merged = new ArrayList<>();
        for (Set<String> group : groups) {
            Set<String> same = merged.stream().filter(m -> m.stream().anyMatch(group::contains)).findFirst()
                    .orElse(null);
            if (same == null) {
                merged.add(new LinkedHashSet<>(group));
            } else {
                same.addAll(group);
            }
        }
        return merged;
    }

    /** Stemmed query terms, grouped so that a word and its synonyms form one group. */
    private List<Set<String>> termGroups(String text) throws IOException {
        List<Span> spans = new ArrayList<>();
        try (TokenStream ts = queryAnalyzer.tokenStream(PassageFields.ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                spans.add(new Span(position, position + length.getPositionLength(), term.toString()));
            }
            ts.end();
        }
        List<Set<String>> groups = new ArrayList<>();
        int groupEnd = -1;
        for (Span span : spans) {
            // Tokens arrive ordered by start position; a token starting inside the current group's span joins it.
            if (groups.isEmpty() || span.start >= groupEnd) {
                groups.add(new LinkedHashSet<>());
            }
            groups.get(groups.size() - 1).add(span.term);
            groupEnd = Math.max(groupEnd, span.end);
        }
        return groups;
    }

    private static Concept weigh(Set<String> asked, IndexSearcher searcher) throws IOException {
        Concept unweighed = new Concept(String.join("|", asked), List.copyOf(asked), 0, 0);
        int docFreq = searcher.count(anyTerm(unweighed, PassageFields.ALL));
        if (docFreq == 0 && asked.size() == 1) {
            // "deliver" on a site that only writes "Delivery": the site does speak of it.
            List<String> family = WordFamily.onSite(asked.iterator().next(), searcher.getIndexReader());
            if (!family.isEmpty()) {
                unweighed = new Concept(unweighed.text(), family, 0, 0);
                docFreq = searcher.count(anyTerm(unweighed, PassageFields.ALL));
            }
        }
        long docs = Math.max(1, searcher.getIndexReader().numDocs());
        // BM25's idf: rare concepts tell more about what the visitor wants than common ones.
        double idf = Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
        if (asked.stream().allMatch(t -> t.chars().allMatch(Character::isDigit))) {
            // "my 8 year old": numbers in questions rarely appear in the answer as such.
            idf = Math.min(idf, NUMBER_WEIGHT);
        }
        return new Concept(unweighed.text(), unweighed.terms(), docFreq, idf);
    }

    private record Span(int start, int end, String term) {
    }
}
