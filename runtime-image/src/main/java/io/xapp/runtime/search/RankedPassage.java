package io.xapp.runtime.search;

/**
 * A passage that matched a question.
 *
 * @param doc      Lucene document id in the searcher it came from
 * @param bm25     Lucene's score of the passage for the question's concepts
 * @param coverage share of the question's concept weight the passage (with its title and headings) contains, 0..1,
 *                 words the site never uses counting partly
 * @param knownCoverage share of the weight of the concepts the site knows that the passage contains, 0..1
 * @param unknownShare  share of the question's weight in words the site never uses, 0..1
 * @param score    the ranking score combining BM25, coverage and the page's focus
 */
public record RankedPassage(int doc, float bm25, double coverage, double knownCoverage, double unknownShare,
                            double score, PassageView passage) {

    RankedPassage withScore(double newScore) {
        return new RankedPassage(doc, bm25, coverage, knownCoverage, unknownShare, newScore, passage);
    }
}
