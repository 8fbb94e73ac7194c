package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageFields;
import io.xapp.runtime.index.PersonEntries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;

/**
 * Finds the passages that answer a question: BM25 candidates (see {@link Candidates}), re-ranked by how much of the
 * question each covers and by its page's focus on the question ({@link RelevanceScore}).
 */
public final class PassageRanker {

    /** BM25 hits considered per question: enough to recover from BM25 favouring long, repetitive passages. */
    private static final int LEXICAL_CANDIDATES = 40;
    /** Nearest passages by meaning considered per question, when it has a vector. */
    private static final int SEMANTIC_CANDIDATES = 20;
    private static final float HEADINGS_BOOST = 1.5f;
    private static final float TITLE_BOOST = 1.0f;
    /** See {@link #recallQuery}: a concept weighing less than this share of the question's strongest one. */
    private static final double RECALL_MIN_WEIGHT_SHARE = 0.05;

    /** The best passages for {@code question}, best first. */
    public List<RankedPassage> rank(InterpretedQuery question, IndexSearcher searcher, int limit) {
        try {
            List<Candidate> candidates = candidates(question, searcher);
            List<RankedPassage> ranked = new ArrayList<>(Math.min(limit, candidates.size()));
            for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
                ranked.add(new RankedPassage(c, searcher));
            }
            return ranked;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the content index failed", e);
        }
    }

    /** Every candidate with its evidence and fused score, best first. */
    List<Candidate> candidates(InterpretedQuery question, IndexSearcher searcher) throws IOException {
        int askedFacts = question.askedFacts(RelevanceScore.ASKED_FACTS);
        List<Candidate> candidates = Candidates.gather(question, searcher, LEXICAL_CANDIDATES, SEMANTIC_CANDIDATES,
                askedFacts);
        if (candidates.isEmpty()) {
            return candidates;
        }
        Optional<String> language = QuestionLanguage.of(question.text(), searcher);
        for (Candidate c : candidates) {
            c.otherLanguage = language.isPresent() && c.language != null && !c.language.equals(language.get());
        }
        RelevanceScore.score(candidates, asksForPerson(question, searcher), askedFacts);
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                .thenComparingLong(c -> c.position));
        return candidates;
    }

    /**
     * Whether the question asks for a person: "who ...", or "which ..." with a word the site's own team page names
     * someone as ("which vet should i see": an "Associate Veterinarian"; "which class" names nobody).
     */
    static boolean asksForPerson(InterpretedQuery question, IndexSearcher searcher) {
        if (question.asksWho()) {
            return true;
        }
        Optional<String> which = question.whichWord();
        try {
            return which.isPresent() && searcher.count(PersonEntries.withRole(which.get())) > 0;
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

    /**
     * The cheap first pass: each concept once, in the one field holding title, headings and body. Concepts in
     * nearly every passage are left out when the question has telling ones: their BM25 weight is near zero, so they
     * cannot change which passages are recalled, but walking their postings was most of the pass ("how much does it
     * cost" on a price list). They still count in the second pass and in coverage.
     */
    static Query recallQuery(InterpretedQuery question) {
        double strongest = question.concepts().stream().filter(Concept::known).mapToDouble(Concept::weight).max()
                .orElse(0);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Concept concept : question.concepts()) {
            if (concept.known() && concept.weight() >= RECALL_MIN_WEIGHT_SHARE * strongest) {
                all.add(synonyms(concept, PassageFields.ALL), BooleanClause.Occur.SHOULD);
            }
        }
        return all.build();
    }

    private static Query synonyms(Concept concept, String field) {
        SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
        concept.terms().forEach(t -> builder.addTerm(new Term(field, t)));
        return builder.build();
    }
}
