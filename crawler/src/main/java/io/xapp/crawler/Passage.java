package io.xapp.crawler;

import java.util.List;

/**
 * A piece of a page's main content under its headings, the unit answers and search snippets are made of.
 *
 * @param headingPath the headings above this passage, outermost first (h1, then h2, ...)
 * @param anchor      id of the nearest heading, for a deep link (page URL + "#" + anchor), or null
 */
public record Passage(List<String> headingPath, String text, String anchor) {

    public Passage {
        headingPath = List.copyOf(headingPath);
    }
}
