package io.xapp.runtime.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Exposes the highlighter's object results, which our formatter fills with {@link Snippet}s. */
final class SnippetHighlighter extends UnifiedHighlighter {

    SnippetHighlighter(Builder builder) {
        super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docs, maxPassages);
    }
}
