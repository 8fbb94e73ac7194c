package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * Finds the passages that answer a question. Lucene's BM25 over body, headings and title picks candidates; each
 * candidate is then re-ranked by how much of the question it covers (a passage that mentions the one rare thing
 * asked about beats one that repeats the common words many times).
 */
public final class PassageRanker {

    /** Candidates re-ranked per question: enough to recover from BM25 favouring long, repetitive passages. */
    private static final int CANDIDATES = 40;
    private static final float HEADINGS_BOOST = 1.5f;
    private static final float TITLE_BOOST = 1.0f;
    /** Coverage dominates: a passage missing a concept loses against one that has them all. */
    private static final double COVERAGE_EXPONENT = 3;
    /**
     * Words the site never uses count this much of their weight against coverage: often they describe the visitor
     * ("my son", "at hockey practice") rather than what is asked, but a question about something the site lacks
     * must still fall short.
     */
    private static final double UNKNOWN_SHARE = 0.5;
    /**
     * How much the page's focus on the question lifts a passage. A page with several passages on the topic (the
     * contact page for opening hours) beats a page touching it once among many topics (an FAQ).
     */
    private static final double FOCUS_WEIGHT = 2.0;

    public List<RankedPassage> rank(InterpretedQuery question, IndexSearcher searcher, int limit) {
        if (question.isEmpty()) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query(question), CANDIDATES);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            Map<Integer, Coverage> coverage = coverage(question, searcher, top.scoreDocs);
            float best = top.scoreDocs[0].score;
            List<Candidate> candidates = new ArrayList<>(top.scoreDocs.length);
            Map<String, Double> pageCoverage = new HashMap<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Candidate c = Candidate.of(hit, coverage.get(hit.doc), best, searcher);
                candidates.add(c);
                pageCoverage.merge(c.url, Math.pow(c.coverage.partial(), COVERAGE_EXPONENT), Double::sum);
            }
            for (Candidate c : candidates) {
                double focus = pageCoverage.get(c.url) / Math.max(1, c.pagePassages);
                c.score *= 1 + FOCUS_WEIGHT * Math.min(1, focus);
            }
            candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                    .thenComparingLong(c -> c.position));
            // Stored fields (the text) only for the passages returned.
            List<RankedPassage> ranked = new ArrayList<>(Math.min(limit, candidates.size()));
            for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
                ranked.add(new RankedPassage(c.doc, c.bm25, c.coverage.partial(), c.coverage.known(),
                        c.coverage.unknownShare(), c.score, PassageView.of(searcher.storedFields().document(c.doc))));
            }
            return ranked;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the content index failed", e);
        }
    }

    /** The Lucene query: each concept once (its synonyms blended by {@link SynonymQuery}), best field wins. */
    public static Query query(InterpretedQuery question) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Concept concept : question.concepts()) {
            List<Query> fields = List.of(
                    synonyms(concept, PassageFields.BODY),
                    new BoostQuery(synonyms(concept, PassageFields.HEADINGS), HEADINGS_BOOST),
                    new BoostQuery(synonyms(concept, PassageFields.TITLE), TITLE_BOOST));
            all.add(new DisjunctionMaxQuery(fields, 0.2f), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }

    private static Query synonyms(Concept concept, String field) {
        SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
        concept.terms().forEach(t -> builder.addTerm(new Term(field, t)));
        return builder.build();
    }

    /** A hit being ranked, with what ranking needs read from doc values. */
    private static final class Candidate {
        final int doc;
        final float bm25;
        final Coverage coverage;
        final String url;
        final long pagePassages;
        final long position;
        double score;

        private Candidate(int doc, float bm25, Coverage coverage, String url, long pagePassages, long position,
                          double score) {
            this.doc = doc;
            this.bm25 = bm25;
            this.coverage = coverage;
            this.url = url;
            this.pagePassages = pagePassages;
            this.position = position;
            this.score = score;
        }

        static Candidate of(ScoreDoc hit, Coverage coverage, float best, IndexSearcher searcher) throws IOException {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int doc = hit.doc - leaf.docBase;
            SortedDocValues url = DocValues.getSorted(leaf.reader(), PassageFields.URL);
            NumericDocValues pagePassages = DocValues.getNumeric(leaf.reader(), PassageFields.PAGE_PASSAGES);
            NumericDocValues position = DocValues.getNumeric(leaf.reader(), PassageFields.POSITION);
            String u = url.advanceExact(doc) ? url.lookupOrd(url.ordValue()).utf8ToString() : "";
            long n = pagePassages.advanceExact(doc) ? pagePassages.longValue() : 1;
            long p = position.advanceExact(doc) ? position.longValue() : 0;
            double score = Math.pow(coverage.partial(), COVERAGE_EXPONENT) * (hit.score / best);
            return new Candidate(hit.doc, hit.score, coverage, u, n, p, score);
        }
    }

    /** What a passage covers: with unknown words counting partly, of the known words only, the unknown share. */
    private record Coverage(double partial, double known, double unknownShare) {
    }

    /**
     * Which concepts each candidate contains, found by walking each concept's postings once over the candidates in
     * document order (cheaper than a lookup per candidate and concept).
     */
    private static Map<Integer, Coverage> coverage(InterpretedQuery question, IndexSearcher searcher, ScoreDoc[] hits)
            throws IOException {
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        double[] covered = new double[docs.length];
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
            for (int i = 0; i < docs.length; i++) {
                LeafReaderContext docLeaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
                if (docLeaf != leaf) {
                    leaf = docLeaf;
                    Scorer scorer = weight.scorer(leaf);
                    postings = scorer == null ? null : scorer.iterator();
                }
                int target = docs[i] - leaf.docBase;
                if (postings != null && (postings.docID() == target
                        || postings.docID() < target && postings.advance(target) == target)) {
                    covered[i] += concept.weight();
                }
            }
        }
        double partialTotal = known + UNKNOWN_SHARE * unknown;
        Map<Integer, Coverage> byDoc = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            byDoc.put(docs[i], new Coverage(partialTotal == 0 ? 0 : covered[i] / partialTotal,
                    known == 0 ? 0 : covered[i] / known, known + unknown == 0 ? 0 : unknown / (known + unknown)));
        }
        return byDoc;
    }
}
