package io.xapp.runtime.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jboss.logging.Logger;

/**
 * The analyzers of the content index. Documents are indexed with English stemming; queries add synonyms for the
 * common ways visitors phrase things (before stemming, so the synonym list reads like plain English). The stop list
 * extends Lucene's English one with question and chat filler words, which carry no content in a visitor's question.
 */
public final class ContentAnalyzers {

    /** Lucene's English stop words plus question and chat filler: nothing a page answers by itself. */
    public static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(List.of(
                "i", "me", "my", "you", "your", "we", "our", "us", "he", "she", "her", "him", "his", "its", "they",
                "them", "their", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how",
                "do", "does", "did", "doing", "can", "could", "would", "should", "shall", "may", "might", "must",
                "am", "been", "being", "have", "has", "had", "having", "get", "got", "im", "ive", "id", "dont",
                "any", "some", "anyone", "someone", "something", "anything", "there", "here", "from", "about",
                "up", "down", "out", "off", "over", "just", "also", "too", "very", "really", "so", "than", "all",
                "one", "kind", "sort", "guys", "u", "r", "ur", "ya", "yall", "pls", "please", "thanks", "ok",
                "hi", "hello", "hey", "going", "want", "need", "like", "know", "tell", "let", "much", "many",
                "come", "coming", "go", "goes", "get", "gets", "don't", "doesn't", "didn't", "can't", "won't",
                "isn't", "aren't", "i'm", "i've", "i'd", "i'll", "we're", "you're", "they're", "it's", "that's",
                "there's", "what's", "wasn't", "haven't", "wouldn't", "couldn't", "shouldn't", "okay", "still",
                "happen", "happens", "happened", "happening", "now", "currently",
                // Chat's interjections and hedges ("are your sweeps actually certified ... lol"), which say how the
                // visitor feels about the question, not what it asks.
                "lol", "haha", "lmao", "omg", "btw", "tbh", "idk", "actually", "literally", "basically", "maybe",
                "probably", "honestly", "seriously", "definitely"));
        stop.addAll(contractions());
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    /**
     * Every pronoun with its verb run into it ("we've", "they'll", "you'd"): filler, as the words are apart. (A
     * trailing "'s" is taken off before stop words, by the possessive filter; "hasn't" is not filler: "if your
     * rabbit hasn't eaten".)
     */
    private static List<String> contractions() {
        List<String> words = new ArrayList<>();
        for (String pronoun : List.of("i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what")) {
            for (String verb : List.of("'m", "'re", "'ve", "'ll", "'d")) {
                words.add(pronoun + verb);
            }
        }
        return words;
    }

    /** Words written into every text the index reads: the days hours abbreviate, hyphenated words joined up. */
    static final List<WordInsertions.Rule> TEXT_INSERTIONS = List.of(DayNames.WRITTEN_OUT, JoinedCompounds.JOINED);

    private static final String SYNONYMS_RESOURCE = "/synonyms.txt";
    private static final Logger LOG = Logger.getLogger(ContentAnalyzers.class);

    private ContentAnalyzers() {
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text failed", e);
        }
        return terms;
    }

    /**
     * Indexing and highlighting: days abbreviated in opening hours written out ({@link DayNames}) and hyphenated
     * words joined up ({@link JoinedCompounds}), tokens, lower
     * case, ASCII folding, stop words, KStem stems (dictionary-based, so "use", "gas" and "bus" stay words).
     */
    public static Analyzer index() {
        return new Analyzer() {

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return WordInsertions.wrap(reader, TEXT_INSERTIONS);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stem(new StopFilter(fold(source), STOP_WORDS)));
            }
        };
    }

    /**
     * As {@link #index()}, with entity markers: what a passage is about, for coverage (not for BM25, where a price
     * table's many "$" would outweigh the words).
     */
    public static Analyzer aboutness() {
        Analyzer plain = index();
        return new org.apache.lucene.analysis.AnalyzerWrapper(plain.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return plain;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                // The wrapper reads through this reader alone, not the wrapped analyzer's: the days are written out
                // here too.
                return EntityMarkers.wrap(reader);
            }
        };
    }

    /** What the index writer uses: {@link #index()}, markers in {@link PassageFields#ALL}, words for spelling. */
    public static Analyzer indexing() {
        return new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(index(),
                java.util.Map.of(PassageFields.WORDS, vocabulary(), PassageFields.ALL, aboutness()));
    }

    /** Questions and search queries: as {@link #index()}, with synonyms expanded before stop words and stems. */
    public static Analyzer query(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream synonymsExpanded = new SynonymGraphFilter(fold(source), synonyms, true);
                return new TokenStreamComponents(source, stem(new StopFilter(synonymsExpanded, STOP_WORDS)));
            }
        };
    }

    /**
     * {@link #words()} as the index holds them, the vocabulary the spell checker corrects typos against: with
     * hyphenated words joined up too ({@link JoinedCompounds}), so a question's "wifi" is not corrected into
     * another word.
     */
    static Analyzer vocabulary() {
        return words(List.of(JoinedCompounds.JOINED));
    }

    /** Lower-cased, unstemmed words: a question's, and the site's for type-ahead suggestions. */
    public static Analyzer words() {
        return words(List.of());
    }

    private static Analyzer words(List<WordInsertions.Rule> insertions) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return insertions.isEmpty() ? reader : WordInsertions.wrap(reader, insertions);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, fold(source));
            }
        };
    }

    /**
     * KStem, then plural "s" for the words its dictionary lacks, which it leaves whole ("mornings", "openings"):
     * a question's "morning" must find "Saturday mornings". Stop words again after: a stop word's other forms are
     * filler too ("my doctor needs it" as "need", "gets" as "get").
     */
    private static TokenStream stem(TokenStream in) {
        return new StopFilter(new EnglishMinimalStemFilter(new KStemFilter(in)), STOP_WORDS);
    }

    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(in)));
    }

    /** The bundled list of generic visitor phrasings (Solr synonym format). */
    public static SynonymMap defaultSynonyms() {
        return synonyms(List.of());
    }

    /**
     * The bundled list plus a template's vocabulary: entries in the same format, for the words visitors use in one
     * line of business ("laughing gas => nitrous oxide" for dentists), already checked by {@link #usable}.
     */
    public static SynonymMap synonyms(List<String> usableVocabulary) {
        try {
            return parseSynonyms(new StringReader(synonymsText() + "\n" + String.join("\n", usableVocabulary)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entries of {@code vocabulary} that parse. Each is checked on its own; one that does not parse is left out
     * with a warning naming it, so a template's typo never takes the assistant down.
     */
    public static List<String> usable(List<String> vocabulary) {
        List<String> usable = new ArrayList<>();
        for (String entry : vocabulary) {
            try {
                parser(new StringReader(entry)).build();
                usable.add(entry);
            } catch (ParseException | IllegalArgumentException e) {
                LOG.warnf("Vocabulary entry '%s' of the template is ignored: it is not a synonym entry "
                        + "('a, b, c' or 'phrase => a, b'): %s", entry, e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return usable;
    }

    /** Every word of the synonym list: typos are corrected toward these too ("adress" to "address"). */
    public static Set<String> synonymVocabulary() {
        return synonymVocabulary(List.of());
    }

    /** Every word of the synonym list and of {@code vocabulary}. */
    public static Set<String> synonymVocabulary(List<String> vocabulary) {
        Set<String> words = new TreeSet<>();
        List<String> lines = new ArrayList<>(List.of(synonymsText().split("\n")));
        lines.addAll(vocabulary);
        for (String line : lines) {
            if (!line.startsWith("#")) {
                for (String word : line.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        return Collections.unmodifiableSet(words);
    }

    private static String synonymsText() {
        return BundledText.read(SYNONYMS_RESOURCE);
    }

    static SynonymMap parseSynonyms(Reader reader) throws IOException {
        try {
            return parser(reader).build();
        } catch (ParseException e) {
            throw new IllegalStateException("synonym list is malformed at line " + e.getErrorOffset() + ": "
                    + e.getMessage(), e);
        }
    }

    private static SolrSynonymParser parser(Reader reader) throws IOException, ParseException {
        // Entries are lower case and unstemmed, matching the tokens the query analyzer feeds the synonym filter.
        SolrSynonymParser parser = new SolrSynonymParser(true, true, new WhitespaceAnalyzer());
        parser.parse(reader);
        return parser;
    }
}
