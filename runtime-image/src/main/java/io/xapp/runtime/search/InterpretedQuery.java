package io.xapp.runtime.search;

import java.util.List;

/**
 * A visitor's question or search, understood: the concepts it asks about and the Lucene query that finds them.
 *
 * @param text          what the visitor typed
 * @param correctedText the same with typos corrected to the site's spelling (equal to {@code text} when none)
 * @param concepts      what it asks about, in the order asked; empty when it is only filler words
 */
public record InterpretedQuery(String text, String correctedText, List<Concept> concepts) {

    public InterpretedQuery {
        concepts = List.copyOf(concepts);
    }

    public boolean corrected() {
        return !text.equals(correctedText);
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    /** Sum of the concept weights: what a passage covering everything asked would cover. */
    public double totalWeight() {
        return concepts.stream().mapToDouble(Concept::weight).sum();
    }
}
