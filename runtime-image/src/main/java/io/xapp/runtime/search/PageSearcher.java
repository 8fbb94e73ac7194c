package io.xapp.runtime.search;

import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PassageFields;
import io.xapp.runtime.index.TextUnits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The search box's results: passages ranked as for answers, one result per page (its best passage), each with a
 * snippet of the passage's best sentences and the matched words marked.
 */
public final class PageSearcher {

    /** Passages considered: enough to fill a page of results even when a few pages dominate. */
    private static final int PASSAGES = 40;
    private static final int SNIPPET_SENTENCES = 2;
    private static final int SNIPPET_MAX_CHARS = 260;

    private final PassageRanker ranker = new PassageRanker();
    private static final Analyzer ANALYZER = ContentAnalyzers.index();

    private final SnippetFormatter formatter = new SnippetFormatter();
    private static final SnippetScorer SCORER = new SnippetScorer();

    public List<SearchHit> search(InterpretedQuery query, IndexSearcher searcher, int limit) {
        List<RankedPassage> passages = ranker.rank(query, searcher, PASSAGES);
        Map<String, RankedPassage> bestPerPage = new LinkedHashMap<>();
        for (RankedPassage p : passages) {
            if (p.coverage() > 0 && bestPerPage.size() < limit) {
                bestPerPage.putIfAbsent(p.url(), p);
            }
        }
        if (bestPerPage.isEmpty()) {
            return List.of();
        }
        List<RankedPassage> top = new ArrayList<>(bestPerPage.values());
        Object[] snippets = snippets(bodyTerms(query), searcher, top);
        List<SearchHit> hits = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            PassageView p = top.get(i).passage();
            Snippet snippet = snippets[i] instanceof Snippet s ? s : new Snippet(lead(p.text()), List.of());
            hits.add(new SearchHit(p.title(), p.link(), snippet));
        }
        return hits;
    }

    /**
     * What the snippets mark: the question's terms in the body, as plain term queries. Highlighting with the ranking
     * query itself made the highlighter build that query's scorers over all three fields for every result (a third
     * of a search's time at 5,000 pages) to find matches it can read from the body's postings directly.
     */
    private static Query bodyTerms(InterpretedQuery query) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Concept concept : query.concepts()) {
            for (String term : concept.terms()) {
                any.add(new TermQuery(new Term(PassageFields.BODY, term)), BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    private Object[] snippets(Query query, IndexSearcher searcher, List<RankedPassage> top) {
        Map<Integer, String> textByDoc = new LinkedHashMap<>();
        top.forEach(p -> textByDoc.put(p.doc(), p.passage().text()));
        SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, ANALYZER)
                .withFormatter(formatter)
                .withScorer(SCORER)
                .withWeightMatches(false)
                .withMaxLength(10_000)
                .withBreakIterator(TextUnits::sentenceIterator), textByDoc);
        try {
            Object[] snippets = highlighter.snippets(PassageFields.BODY, query, SNIPPET_SENTENCES)
                    .get(PassageFields.BODY);
            for (int i = 0; i < snippets.length; i++) {
                if (snippets[i] instanceof Snippet s && s.text().length() > SNIPPET_MAX_CHARS) {
                    snippets[i] = truncate(s);
                }
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting search results failed", e);
        }
    }

    private static Snippet truncate(Snippet s) {
        String text = s.text().substring(0, SNIPPET_MAX_CHARS) + "…";
        return new Snippet(text, s.highlights().stream().filter(h -> h.end() <= SNIPPET_MAX_CHARS).toList());
    }

    private static String lead(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= SNIPPET_MAX_CHARS ? flat : flat.substring(0, SNIPPET_MAX_CHARS) + "…";
    }
}
