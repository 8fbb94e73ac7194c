package io.xapp.runtime.index;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Marks each {@link StatedFact} in indexed text with the word a visitor would ask with ("price" before "$145",
 * "hours" before "Sat 8:00"). The marker is inserted before the match, so the text's own words and offsets (for
 * highlighting) stay as they were.
 */
final class EntityMarkers {

    /** The words of {@link ContentAnalyzers#TEXT_INSERTIONS}, then each {@link StatedFact}'s marker; in one pass. */
    private static final List<WordInsertions.Rule> RULES = Stream.concat(ContentAnalyzers.TEXT_INSERTIONS.stream(),
            Arrays.stream(StatedFact.values()).filter(StatedFact::marked).flatMap(fact -> fact.patterns().stream()
                    .map(pattern -> new WordInsertions.Rule(pattern, " " + fact.marker() + " "))))
            .toList();

    private EntityMarkers() {
    }

    /** The text with the markers, and the words {@link ContentAnalyzers#index()} inserts. */
    static Reader wrap(Reader in) {
        return WordInsertions.wrap(in, RULES);
    }
}
