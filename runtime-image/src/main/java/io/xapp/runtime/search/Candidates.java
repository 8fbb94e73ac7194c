package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.VectorUtil;
import org.apache.lucene.search.Weight;

/**
 * Gathers the passages worth ranking for a question (BM25 hits over the question's concepts), then reads, for every
 * candidate, the evidence the ranker weighs; all of it from postings and doc values, no stored text.
 */
final class Candidates {

    /**
     * Words the site never uses count this much of their weight against coverage: often they describe the visitor
     * ("my son", "at hockey practice") rather than what is asked, but a question about something the site lacks
     * must still fall short.
     */
    private static final double UNKNOWN_SHARE = 0.5;
    /** Passages the first, one-field pass hands to the per-field BM25 (see {@link #bm25TopHits}). */
    private static final int RECALL = 100;

    private Candidates() {
    }

    /**
     * @param lexical  how many BM25 hits to take
     * @param semantic how many nearest passages by meaning to add, when the question has a vector
     */
    static List<Candidate> gather(InterpretedQuery question, IndexSearcher searcher, int lexical, int semantic)
            throws IOException {
        Map<Integer, Candidate> byDoc = new LinkedHashMap<>();
        TopDocs nearest = question.hasVector()
                ? searcher.search(new KnnFloatVectorQuery(PassageFields.VECTOR, question.vector(), semantic), semantic)
                : EMPTY;
        if (!question.isEmpty() || nearest.scoreDocs.length > 0) {
            ScoreDoc[] scored = bm25(question, searcher, nearest);
            Map<Integer, Float> bm25 = new HashMap<>();
            for (int i = 0; i < scored.length; i++) {
                bm25.put(scored[i].doc, scored[i].score);
                if (i < lexical) {
                    byDoc.computeIfAbsent(scored[i].doc, Candidate::new).bm25 = scored[i].score;
                }
            }
            // The nearest by meaning stay candidates whatever their BM25 ("closed on Sundays" for "r u open sundays").
            for (ScoreDoc hit : nearest.scoreDocs) {
                byDoc.computeIfAbsent(hit.doc, Candidate::new).bm25 = bm25.getOrDefault(hit.doc, 0f);
            }
        }
        List<Candidate> candidates = new ArrayList<>(byDoc.values());
        candidates.sort(Comparator.comparingInt(c -> c.doc));
        readDocValues(candidates, searcher);
        coverage(question, searcher, candidates);
        if (question.hasVector()) {
            similarity(question.vector(), searcher, candidates);
        }
        return candidates;
    }

    private static final TopDocs EMPTY = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

    /**
     * BM25 by {@link PassageRanker#query} of the passages worth scoring, best first: those the cheap first pass
     * recalls and the {@code nearest} by meaning (0 for those that match no concept). Two passes: BM25 over the one
     * field that holds title, headings and body picks {@link #RECALL} passages, and only those are scored by the
     * per-field query. Scoring three fields per concept over every matching passage was half of a search's time at
     * 5,000 pages; on the fixture the two passes rank exactly as one did.
     */
    private static ScoreDoc[] bm25(InterpretedQuery question, IndexSearcher searcher, TopDocs nearest)
            throws IOException {
        TopDocs recalled = question.isEmpty() ? EMPTY : searcher.search(PassageRanker.recallQuery(question), RECALL);
        Map<Integer, ScoreDoc> union = new LinkedHashMap<>();
        for (TopDocs docs : List.of(recalled, nearest)) {
            for (ScoreDoc hit : docs.scoreDocs) {
                union.putIfAbsent(hit.doc, new ScoreDoc(hit.doc, 0));
            }
        }
        TopDocs first = new TopDocs(new TotalHits(union.size(), TotalHits.Relation.EQUAL_TO),
                union.values().toArray(ScoreDoc[]::new));
        return new QueryRescorer(PassageRanker.query(question)) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0;
            }
        }.rescore(searcher, first, union.size()).scoreDocs;
    }

    /** Each candidate's cosine with the question, read from the vectors in document order. */
    private static void similarity(float[] question, IndexSearcher searcher, List<Candidate> candidates)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        FloatVectorValues vectors = null;
        for (Candidate c : candidates) {
            LeafReaderContext docLeaf = leaves.get(ReaderUtil.subIndex(c.doc, leaves));
            if (docLeaf != leaf) {
                leaf = docLeaf;
                vectors = leaf.reader().getFloatVectorValues(PassageFields.VECTOR);
            }
            int target = c.doc - leaf.docBase;
            if (vectors != null && (vectors.docID() == target
                    || vectors.docID() < target && vectors.advance(target) == target)) {
                c.similarity = VectorUtil.dotProduct(question, vectors.vectorValue());
            }
        }
    }

    /** URL, page size and position, for candidates in document order. */
    private static void readDocValues(List<Candidate> candidates, IndexSearcher searcher) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues url = null;
        NumericDocValues pagePassages = null;
        NumericDocValues position = null;
        for (Candidate c : candidates) {
            LeafReaderContext docLeaf = leaves.get(ReaderUtil.subIndex(c.doc, leaves));
            if (docLeaf != leaf) {
                leaf = docLeaf;
                url = DocValues.getSorted(leaf.reader(), PassageFields.URL);
                pagePassages = DocValues.getNumeric(leaf.reader(), PassageFields.PAGE_PASSAGES);
                position = DocValues.getNumeric(leaf.reader(), PassageFields.POSITION);
            }
            int doc = c.doc - leaf.docBase;
            c.url = url.advanceExact(doc) ? url.lookupOrd(url.ordValue()).utf8ToString() : "";
            c.pagePassages = pagePassages.advanceExact(doc) ? pagePassages.longValue() : 1;
            c.position = position.advanceExact(doc) ? position.longValue() : 0;
        }
    }

    /**
     * Which concepts each candidate contains, found by walking each concept's postings once over the candidates in
     * document order (cheaper than a lookup per candidate and concept).
     */
    private static void coverage(InterpretedQuery question, IndexSearcher searcher, List<Candidate> candidates)
            throws IOException {
        double[] covered = new double[candidates.size()];
        double known = 0;
        double unknown = 0;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (Concept concept : question.concepts()) {
            if (!concept.known()) {
                unknown += concept.weight();
                continue;
            }
            known += concept.weight();
            Query any = searcher.rewrite(QueryInterpreter.anyTerm(concept, PassageFields.ALL));
            Weight weight = searcher.createWeight(any, ScoreMode.COMPLETE_NO_SCORES, 1);
            LeafReaderContext leaf = null;
            DocIdSetIterator postings = null;
            for (int i = 0; i < candidates.size(); i++) {
                int doc = candidates.get(i).doc;
                LeafReaderContext docLeaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                if (docLeaf != leaf) {
                    leaf = docLeaf;
                    Scorer scorer = weight.scorer(leaf);
                    postings = scorer == null ? null : scorer.iterator();
                }
                int target = doc - leaf.docBase;
                if (postings != null && (postings.docID() == target
                        || postings.docID() < target && postings.advance(target) == target)) {
                    covered[i] += concept.weight();
                }
            }
        }
        double partialTotal = known + UNKNOWN_SHARE * unknown;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            c.coverage = partialTotal == 0 ? 0 : covered[i] / partialTotal;
            c.knownCoverage = known == 0 ? 0 : covered[i] / known;
            c.unknownShare = known + unknown == 0 ? 0 : unknown / (known + unknown);
        }
    }
}
