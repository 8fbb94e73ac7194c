package io.xapp.runtime.chat;

import java.util.List;

/**
 * What the site's content says to a question.
 *
 * @param text    the short answer, or empty when the site does not answer it
 * @param sources the pages the answer comes from, best first
 */
public record ContentAnswer(String text, List<Source> sources) {

    public ContentAnswer {
        sources = List.copyOf(sources);
    }

    public static final ContentAnswer NONE = new ContentAnswer("", List.of());

    public boolean found() {
        return !sources.isEmpty();
    }

    public record Source(String url, String title) {
    }
}
