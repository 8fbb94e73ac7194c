package io.xapp.runtime.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * A passage that matched a question. Its text is read only when asked for ({@link #passage()}): ranking returns more
 * passages than an answer or a results page shows. Use it while the lease on the searcher it came from is held.
 */
public final class RankedPassage {

    private final int doc;
    private final float bm25;
    private final double coverage;
    private final double knownCoverage;
    private final double unknownShare;
    private final double similarity;
    private final double score;
    private final String url;
    private final IndexSearcher searcher;
    private PassageView passage;

    /**
     * @param doc           Lucene document id in {@code searcher}
     * @param bm25          Lucene's score of the passage for the question's concepts
     * @param coverage      share of the question's concept weight the passage (with its title and headings)
     *                      contains, 0..1, words the site never uses counting partly
     * @param knownCoverage share of the weight of the concepts the site knows that the passage contains, 0..1
     * @param unknownShare  share of the question's weight in words the site never uses, 0..1
     * @param similarity    cosine of the passage's and the question's vectors, {@link Double#NaN} without them
     * @param score         the ranking score
     * @param url           the passage's page, from doc values
     */
    RankedPassage(int doc, float bm25, double coverage, double knownCoverage, double unknownShare,
                  double similarity, double score, String url, IndexSearcher searcher) {
        this.doc = doc;
        this.bm25 = bm25;
        this.coverage = coverage;
        this.knownCoverage = knownCoverage;
        this.unknownShare = unknownShare;
        this.similarity = similarity;
        this.score = score;
        this.url = url;
        this.searcher = searcher;
    }

    public int doc() {
        return doc;
    }

    public float bm25() {
        return bm25;
    }

    public double coverage() {
        return coverage;
    }

    public double knownCoverage() {
        return knownCoverage;
    }

    public double unknownShare() {
        return unknownShare;
    }

    /** Cosine of the passage's and the question's vectors; {@link Double#NaN} when either has none. */
    public double similarity() {
        return similarity;
    }

    public double score() {
        return score;
    }

    /** The page URL, as ranking read it. */
    public String url() {
        return url;
    }

    /** The passage's text and headings, read on first use. */
    public PassageView passage() {
        if (passage == null) {
            try {
                passage = PassageView.read(searcher, doc);
            } catch (IOException e) {
                throw new UncheckedIOException("reading a passage from the content index failed", e);
            }
        }
        return passage;
    }
}
