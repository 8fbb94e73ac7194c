package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageFields;
import io.xapp.runtime.index.StatedFact;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
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
     * @param lexical    how many BM25 hits to take
     * @param semantic   how many nearest passages by meaning to add, when the question has a vector
     * @param askedFacts the {@link StatedFact}s the question asks for, as a set of their bits
     */
    static List<Candidate> gather(InterpretedQuery question, IndexSearcher searcher, int lexical, int semantic,
                                  int askedFacts) throws IOException {
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
            for (int doc : statingRareFacts(searcher, askedFacts)) {
                byDoc.computeIfAbsent(doc, Candidate::new).bm25 = bm25.getOrDefault(doc, 0f);
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

    /** A fact stated in at most this many passages of a site is rare: all of them join the candidates. */
    private static final int RARE_FACT_PASSAGES = 10;

    /**
     * The passages stating a fact the question asks for, where the site states it in only a few: "how long has your
     * company been around" and the one "founded in 2015" in the owner's story, which shares no word with the question
     * that BM25 weighs (the marker counts for coverage only) and is not among its nearest by meaning. A fact many
     * passages state (prices) is among the candidates anyway.
     */
    private static List<Integer> statingRareFacts(IndexSearcher searcher, int askedFacts) throws IOException {
        List<Integer> docs = new ArrayList<>();
        for (StatedFact fact : StatedFact.values()) {
            if ((askedFacts & fact.bit()) == 0 || fact.term().isEmpty()) {
                continue;
            }
            // One more than a rare fact's passages: as many hits tell that the fact is not rare.
            ScoreDoc[] stating = searcher.search(new TermQuery(new Term(PassageFields.ALL, fact.term().get())),
                    RARE_FACT_PASSAGES + 1).scoreDocs;
            if (stating.length <= RARE_FACT_PASSAGES) {
                for (ScoreDoc hit : stating) {
                    docs.add(hit.doc);
                }
            }
        }
        return docs;
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
        inDocumentOrder(searcher, candidates, leaf -> leaf.reader().getFloatVectorValues(PassageFields.VECTOR),
                (vectors, c, doc) -> {
                    if (vectors != null && at(vectors, doc)) {
                        c.similarity = VectorUtil.dotProduct(question, vectors.vectorValue());
                    }
                });
    }

    /**
     * URL, page size, position, whether it introduces a person or another page, whether it is the site's header and
     * footer facts, the facts it states and its page's language, in document order.
     */
    private static void readDocValues(List<Candidate> candidates, IndexSearcher searcher) throws IOException {
        record PageValues(SortedDocValues url, NumericDocValues pagePassages, NumericDocValues position,
                          NumericDocValues person, NumericDocValues introduces, NumericDocValues siteWide,
                          NumericDocValues facts, SortedDocValues language) {
        }
        inDocumentOrder(searcher, candidates, leaf -> new PageValues(DocValues.getSorted(leaf.reader(),
                PassageFields.URL), DocValues.getNumeric(leaf.reader(), PassageFields.PAGE_PASSAGES),
                DocValues.getNumeric(leaf.reader(), PassageFields.POSITION),
                DocValues.getNumeric(leaf.reader(), PassageFields.PERSON),
                DocValues.getNumeric(leaf.reader(), PassageFields.INTRODUCES),
                DocValues.getNumeric(leaf.reader(), PassageFields.SITE_WIDE),
                DocValues.getNumeric(leaf.reader(), PassageFields.FACTS),
                DocValues.getSorted(leaf.reader(), PassageFields.LANGUAGE)), (values, c, doc) -> {
                    c.url = values.url().advanceExact(doc)
                            ? values.url().lookupOrd(values.url().ordValue()).utf8ToString() : "";
                    c.pagePassages = values.pagePassages().advanceExact(doc) ? values.pagePassages().longValue() : 1;
                    c.position = values.position().advanceExact(doc) ? values.position().longValue() : 0;
                    c.person = values.person().advanceExact(doc);
                    c.introducesPage = values.introduces().advanceExact(doc);
                    c.siteWide = values.siteWide().advanceExact(doc);
                    c.facts = values.facts().advanceExact(doc) ? (int) values.facts().longValue() : 0;
                    c.language = values.language().advanceExact(doc)
                            ? values.language().lookupOrd(values.language().ordValue()).utf8ToString() : null;
                });
    }

    /** Opens what a walk reads in one index segment. */
    private interface PerLeaf<T> {
        T open(LeafReaderContext leaf) throws IOException;
    }

    /** Reads one candidate, at its segment-local document id. */
    private interface PerCandidate<T> {
        void read(T opened, Candidate candidate, int leafDoc) throws IOException;
    }

    /**
     * Walks candidates sorted by document id, opening what is read once per segment: doc values and postings only
     * move forward, so one walk in document order reads each in a single pass.
     */
    private static <T> void inDocumentOrder(IndexSearcher searcher, List<Candidate> candidates, PerLeaf<T> open,
                                            PerCandidate<T> read) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        T opened = null;
        for (Candidate c : candidates) {
            LeafReaderContext docLeaf = leaves.get(ReaderUtil.subIndex(c.doc, leaves));
            if (docLeaf != leaf) {
                leaf = docLeaf;
                opened = open.open(leaf);
            }
            read.read(opened, c, c.doc - leaf.docBase);
        }
    }

    /** Whether {@code iterator}, moved forward to {@code target} if it is before it, stands on it. */
    private static boolean at(DocIdSetIterator iterator, int target) throws IOException {
        return iterator.docID() == target || iterator.docID() < target && iterator.advance(target) == target;
    }

    /**
     * Which concepts each candidate contains, found by walking each concept's postings once over the candidates in
     * document order (cheaper than a lookup per candidate and concept).
     */
    private static void coverage(InterpretedQuery question, IndexSearcher searcher, List<Candidate> candidates)
            throws IOException {
        double known = 0;
        double unknown = 0;
        for (Concept concept : question.concepts()) {
            if (!concept.known()) {
                unknown += concept.weight();
                continue;
            }
            known += concept.weight();
            Query any = searcher.rewrite(QueryInterpreter.anyTerm(concept, PassageFields.ALL));
            Weight weight = searcher.createWeight(any, ScoreMode.COMPLETE_NO_SCORES, 1);
            double conceptWeight = concept.weight();
            inDocumentOrder(searcher, candidates, leaf -> {
                Scorer scorer = weight.scorer(leaf);
                return scorer == null ? null : scorer.iterator();
            }, (postings, c, doc) -> {
                if (postings != null && at(postings, doc)) {
                    c.covered += conceptWeight;
                }
            });
        }
        double partialTotal = known + UNKNOWN_SHARE * unknown;
        for (Candidate c : candidates) {
            c.coverage = partialTotal == 0 ? 0 : c.covered / partialTotal;
            c.knownCoverage = known == 0 ? 0 : c.covered / known;
            c.unknownShare = known + unknown == 0 ? 0 : unknown / (known + unknown);
        }
    }
}
