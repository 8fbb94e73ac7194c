package io.xapp.runtime.search;

/**
 * A passage that matched a question.
 *
 * @param doc      Lucene document id in the searcher it came from
 * @param bm25     Lucene's score of the passage for the question's concepts
 * @param coverage share of the question's concept weight the passage (with its title and headings) contains, 0..1
 * @param score    the ranking score combining both
 */
public record RankedPassage(int doc, float bm25, double coverage, double score, PassageView passage) {
}
