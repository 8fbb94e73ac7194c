package io.xapp.crawler.extract;

import java.util.List;

/**
 * A unit of page text in reading order: a heading, a paragraph, or the lines of a list or table.
 *
 * @param level  heading level 1-6 (of {@link #siteFactsStart} too), or 0 for content
 * @param lines  the text; one line for paragraphs and headings, one per item or row for lists and tables, none for
 *               {@link #siteFactsStart}
 * @param anchor for a heading, the id to link to it, or null
 */
record Block(int level, List<String> lines, String anchor) {

    /**
     * Where the facts of the site's header and footer start, at the end of the content: they end the sections of
     * {@code level} and below without opening one, so they stand under the page's title, not its last section.
     */
    static Block siteFactsStart(int level) {
        return new Block(level, List.of(), null);
    }

    boolean isHeading() {
        return level > 0 && !lines.isEmpty();
    }

    boolean isSiteFactsStart() {
        return level > 0 && lines.isEmpty();
    }

    String text() {
        return String.join("\n", lines);
    }

    int length() {
        int n = 0;
        for (String l : lines) {
            n += l.length() + 1;
        }
        return n;
    }
}
