package io.xapp.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of a page's main content under its headings, the unit answers and search snippets are made of.
 *
 * @param headingPath the headings above this passage, outermost first (h1, then h2, ...)
 * @param text        its own heading's line (the last of {@code headingPath}, when it has one), then its blocks
 *                    (paragraphs, lists, tables) separated by {@link #BLOCK_SEPARATOR}
 * @param anchor      id of the nearest heading, for a deep link (page URL + "#" + anchor), or null
 * @param siteWide    whether it comes from the site's header or footer (an address, phone, opening hours), the
 *                    site's rather than the page's: the runtime indexes it once, however few pages repeat it
 */
public record Passage(List<String> headingPath, String text, String anchor,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean siteWide) {

    /** What separates the blocks of a passage's text: a blank line. */
    public static final String BLOCK_SEPARATOR = "\n\n";

    public Passage {
        headingPath = List.copyOf(headingPath);
    }

    /** A passage of the page's own content. */
    public Passage(List<String> headingPath, String text, String anchor) {
        this(headingPath, text, anchor, false);
    }

    /** The line {@link #text} starts with when it is the passage's own heading, with its line break; else "". */
    public String headingLine() {
        if (headingPath.isEmpty() || text == null) {
            return "";
        }
        String line = headingPath.get(headingPath.size() - 1) + "\n";
        return text.startsWith(line) ? line : "";
    }

    /** The blocks of {@link #text} after its heading line, in order. */
    public List<String> blocks() {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.substring(headingLine().length()).split(BLOCK_SEPARATOR))
                .filter(block -> !block.isBlank()).toList();
    }

    /** The same passage with only {@code blocks} after its heading line. */
    public Passage withBlocks(List<String> blocks) {
        return new Passage(headingPath, headingLine() + String.join(BLOCK_SEPARATOR, blocks), anchor, siteWide);
    }
}
