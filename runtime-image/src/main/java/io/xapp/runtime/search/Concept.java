package io.xapp.runtime.search;

import java.util.List;

/**
 * One thing a question asks about: a word of the question with its synonyms and typo correction, as stemmed index
 * terms. A passage covers the concept when it contains any of the terms.
 *
 * @param text      the words of the question this concept stands for (after typo correction)
 * @param terms     index terms that express it
 * @param docFreq   how many passages contain any of the terms (0 when the site never mentions it)
 * @param weight    how telling the concept is: BM25's inverse document frequency of {@code docFreq}
 */
public record Concept(String text, List<String> terms, int docFreq, double weight) {

    public Concept {
        terms = List.copyOf(terms);
    }

    public boolean known() {
        return docFreq > 0;
    }
}
