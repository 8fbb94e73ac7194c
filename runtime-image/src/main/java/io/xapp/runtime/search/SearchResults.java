package io.xapp.runtime.search;

import io.xapp.runtime.index.Suggestions;
import java.util.List;

/**
 * @param correctedQuery the query with typos corrected, when it was ("Showing results for ...")
 * @param noContent      nothing on the site matches
 */
public record SearchResults(String query, String correctedQuery, List<SearchHit> results,
                            List<Suggestions.Suggestion> suggestions, boolean noContent) {

    public SearchResults {
        results = List.copyOf(results);
        suggestions = List.copyOf(suggestions);
    }
}
