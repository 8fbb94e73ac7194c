package io.xapp.crawler.extract;

import java.util.List;

/**
 * A unit of page text in reading order: a heading, a paragraph, or the lines of a list or table.
 *
 * @param level  heading level 1-6, or 0 for content
 * @param lines  the text; one line for paragraphs and headings, one per item or row for lists and tables
 * @param anchor for a heading, the id to link to it, or null
 */
record Block(int level, List<String> lines, String anchor) {

    boolean isHeading() {
        return level > 0;
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
