package io.xapp.runtime.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Exposes the highlighter's object results, which our formatter fills with {@link Snippet}s, and highlights the
 * passage text the caller has already read: the index stores no fields for the highlighter to load (see
 * {@link io.xapp.runtime.index.PassageFields#VIEW}).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private final Map<Integer, String> textByDoc;

    /** @param textByDoc the highlighted field's text for every document to be highlighted, in result order */
    SnippetHighlighter(Builder builder, Map<Integer, String> textByDoc) {
        super(builder);
        this.textByDoc = textByDoc;
    }

    Map<String, Object[]> snippets(String field, Query query, int maxPassages) throws IOException {
        int[] docs = textByDoc.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] perDoc = {maxPassages};
        return highlightFieldsAsObjects(new String[] {field}, query, docs, perDoc);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                   int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            values.add(new CharSequence[] {textByDoc.get(doc)});
        }
        return values;
    }
}
