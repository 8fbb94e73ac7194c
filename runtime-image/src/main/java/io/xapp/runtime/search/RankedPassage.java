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
    private final boolean preferredAsAsked;
    private final IndexSearcher searcher;
    private PassageView passage;

    /** {@code ranked} with its evidence and score, in {@code searcher}. */
    RankedPassage(Candidate ranked, IndexSearcher searcher) {
        this.doc = ranked.doc;
        this.bm25 = ranked.bm25;
        this.coverage = ranked.coverage;
        this.knownCoverage = ranked.knownCoverage;
        this.unknownShare = ranked.unknownShare;
        this.similarity = ranked.similarity;
        this.score = ranked.score;
        this.url = ranked.url;
        this.preferredAsAsked = ranked.preferredAsAsked;
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

    /**
     * Whether the question preferred it for being the kind of answer asked: a person's entry (a team page's) for a
     * question asking for a person, a passage stating a price for one asking how much ({@code RelevanceScore}).
     */
    public boolean preferredAsAsked() {
        return preferredAsAsked;
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
