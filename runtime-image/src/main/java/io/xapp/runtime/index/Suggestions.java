package io.xapp.runtime.index;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Search-as-you-type suggestions: page titles and headings that contain words starting with what the visitor typed
 * (infix, so "whit" finds "Teeth whitening"), with the page they lead to. Persisted beside the passage index.
 */
public final class Suggestions implements Closeable {

    /** "Page title | Site name" or "Page title – Site name": the site name adds nothing to a suggestion. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]+$");
    private static final int MIN_PREFIX_CHARS = 2;
    private static final long TITLE_WEIGHT = 3;
    private static final long HEADING_WEIGHT = 1;

    private final AnalyzingInfixSuggester suggester;

    private Suggestions(AnalyzingInfixSuggester suggester) {
        this.suggester = suggester;
    }

    /** A suggested phrase and the page it comes from. */
    public record Suggestion(String text, String url) {
    }

    public static void build(CrawlResult crawl, Directory dir) throws IOException {
        try (AnalyzingInfixSuggester suggester = newSuggester(dir)) {
            suggester.build(new ListInput(phrases(crawl)));
            suggester.commit();
        }
    }

    public static Suggestions open(Directory dir) throws IOException {
        return new Suggestions(newSuggester(dir));
    }

    public List<Suggestion> lookup(String prefix, int count) {
        if (prefix == null || prefix.strip().length() < MIN_PREFIX_CHARS) {
            return List.of();
        }
        try {
            List<Lookup.LookupResult> results = suggester.lookup(prefix, (Set<BytesRef>) null, count, true, false);
            List<Suggestion> out = new ArrayList<>(results.size());
            for (Lookup.LookupResult r : results) {
                out.add(new Suggestion(r.key.toString(), r.payload.utf8ToString()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the suggestion index failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    private static AnalyzingInfixSuggester newSuggester(Directory dir) throws IOException {
        Analyzer words = ContentAnalyzers.words();
        return new AnalyzingInfixSuggester(dir, words, words, MIN_PREFIX_CHARS, true, true, false, true);
    }

    /** Titles and headings, each once (the first page that has it), title weight over heading weight. */
    static Map<String, Phrase> phrases(CrawlResult crawl) {
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        for (CrawledPage page : crawl.pages()) {
            String url = page.url().toString();
            if (page.title() != null) {
                add(phrases, TITLE_SUFFIX.matcher(page.title().strip()).replaceFirst(""), url, TITLE_WEIGHT);
            }
            for (Passage passage : page.passages()) {
                for (String heading : passage.headingPath()) {
                    add(phrases, heading, url, HEADING_WEIGHT);
                }
            }
        }
        return phrases;
    }

    private static void add(Map<String, Phrase> phrases, String text, String url, long weight) {
        String clean = text.strip();
        if (clean.length() < MIN_PREFIX_CHARS || clean.length() > 100) {
            return;
        }
        phrases.merge(clean.toLowerCase(Locale.ROOT), new Phrase(clean, url, weight),
                (a, b) -> new Phrase(a.text, a.url, Math.max(a.weight, b.weight)));
    }

    record Phrase(String text, String url, long weight) {
    }

    private static final class ListInput implements InputIterator {
        private final Iterator<Phrase> it;
        private Phrase current;

        ListInput(Map<String, Phrase> phrases) {
            this.it = phrases.values().iterator();
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) {
                return null;
            }
            current = it.next();
            return new BytesRef(current.text);
        }

        @Override
        public long weight() {
            return current.weight;
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.url);
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
