package io.xapp.runtime.search;

/** A passage being ranked for a question, with the evidence for it: BM25, how much of the question it covers, its page. */
final class Candidate {

    final int doc;
    /** BM25 score. */
    float bm25;
    /** Weight of the known concepts it contains (the sum coverage is made from). */
    double covered;
    /** Share of the question's concept weight it covers (words the site never uses counting partly). */
    double coverage;
    /** Share of the weight of the concepts the site knows that it covers. */
    double knownCoverage;
    /** Share of the question's weight in words the site never uses. */
    double unknownShare;
    /** Cosine of the passage's and the question's vectors, -1..1; {@link Double#NaN} when either has none. */
    double similarity = Double.NaN;
    String url;
    long pagePassages;
    long position;
    /** The language its page declares ({@link io.xapp.runtime.index.PageLanguages}), or null. */
    String language;
    /** Whether its page is in another language than the question ({@link QuestionLanguage}). */
    boolean otherLanguage;
    /** Whether it introduces a person ({@link io.xapp.runtime.index.PassageFields#PERSON}). */
    boolean person;
    /** Whether it introduces another page ({@link io.xapp.runtime.index.PassageFields#INTRODUCES}). */
    boolean introducesPage;
    /** Whether it holds the site's header and footer facts ({@link io.xapp.runtime.index.PassageFields#SITE_WIDE}). */
    boolean siteWide;
    /** The {@link io.xapp.runtime.index.StatedFact}s its text states, as a set of their bits. */
    int facts;
    /** Whether the question preferred it for being the kind of answer asked ({@link RelevanceScore}). */
    boolean preferredAsAsked;
    double score;

    Candidate(int doc) {
        this.doc = doc;
    }
}
