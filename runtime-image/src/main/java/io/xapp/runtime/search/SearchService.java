package io.xapp.runtime.search;

import io.xapp.runtime.content.ContentIndex;
import io.xapp.runtime.index.Suggestions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The search box: ranked pages with snippets, and suggestions as the visitor types. */
@ApplicationScoped
public class SearchService {

    static final int SUGGESTIONS = 5;

    private final ContentIndex index;
    private final QueryInterpreter interpreter;
    private final PageSearcher searcher = new PageSearcher();

    SearchService(ContentIndex index, QueryInterpreter interpreter) {
        this.index = index;
        this.interpreter = interpreter;
    }

    public SearchResults search(String query, int limit) {
        try (ContentIndex.Lease lease = index.require()) {
            var generation = lease.generation();
            InterpretedQuery interpreted = interpreter.interpret(query, generation.searcher());
            List<SearchHit> hits = searcher.search(interpreted, generation.searcher(), limit);
            List<Suggestions.Suggestion> suggestions = generation.suggestions().lookup(query, SUGGESTIONS);
            return new SearchResults(query, interpreted.typosCorrected() ? interpreted.correctedText() : null, hits,
                    suggestions, hits.isEmpty());
        }
    }

    public List<Suggestions.Suggestion> suggest(String prefix) {
        try (ContentIndex.Lease lease = index.require()) {
            return lease.generation().suggestions().lookup(prefix, SUGGESTIONS);
        }
    }
}
