package io.xapp.runtime.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Formats the highlighter's best sentences as a {@link Snippet}: plain text plus match ranges. */
final class SnippetFormatter extends PassageFormatter {

    private static final String GAP = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Highlight> highlights = new ArrayList<>();
        for (Passage passage : passages) {
            if (text.length() > 0) {
                text.append(GAP);
            }
            int base = text.length() - passage.getStartOffset();
            text.append(content, passage.getStartOffset(), passage.getEndOffset());
            int lastEnd = -1;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < lastEnd) {
                    continue;
                }
                highlights.add(new Snippet.Highlight(base + start, base + end));
                lastEnd = end;
            }
        }
        return new Snippet(text.toString().replace('\n', ' ').strip(), shiftForStrip(text, highlights));
    }

    /** strip() may drop leading spaces; move the ranges with the text. */
    private static List<Snippet.Highlight> shiftForStrip(StringBuilder text, List<Snippet.Highlight> highlights) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        if (lead == 0) {
            return highlights;
        }
        List<Snippet.Highlight> shifted = new ArrayList<>(highlights.size());
        for (Snippet.Highlight h : highlights) {
            shifted.add(new Snippet.Highlight(h.start() - lead, h.end() - lead));
        }
        return shifted;
    }
}
