package io.xapp.runtime.search;

import java.util.List;

/**
 * A piece of page text with the matched words marked by character ranges, so the browser can render the marks
 * with DOM nodes rather than parsing HTML from us.
 */
public record Snippet(String text, List<Highlight> highlights) {

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** Characters [start, end) of {@code text} matched the query. */
    public record Highlight(int start, int end) {
    }
}
