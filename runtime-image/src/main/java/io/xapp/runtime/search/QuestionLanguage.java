package io.xapp.runtime.search;

import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PageLanguages;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;

/**
 * Which of the site's languages a question is written in, on a site whose pages declare more than one (a clinic's
 * English and Spanish pages): the language whose pages alone use more of the question's words than any other's
 * alone do ("abren los sabados": "los" and "sabados" only on the Spanish pages; "where is the office": "where"
 * and "the" only on the English ones). Words both use ("medicaid", "a") or neither ("office", on a site that never
 * writes it) say nothing. The site's own pages are the dictionary, so it works for any pair of languages the site
 * is written in.
 */
final class QuestionLanguage {

    private static final Analyzer WORDS = ContentAnalyzers.words();

    private QuestionLanguage() {
    }

    /** The question's language; empty on a site of one language, or when its words do not tell. */
    static Optional<String> of(String question, IndexSearcher searcher) throws IOException {
        Set<String> languages = PageLanguages.of(searcher.getIndexReader());
        if (languages.size() < 2) {
            return Optional.empty();
        }
        Map<String, Integer> wordsOnlyIn = new HashMap<>();
        for (String word : words(question)) {
            String onlyIn = null;
            int usedBy = 0;
            for (String language : languages) {
                if (searcher.count(PageLanguages.wordIn(word, language)) > 0) {
                    onlyIn = language;
                    usedBy++;
                }
            }
            if (usedBy == 1) {
                wordsOnlyIn.merge(onlyIn, 1, Integer::sum);
            }
        }
        int most = wordsOnlyIn.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> leading = wordsOnlyIn.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).toList();
        return leading.size() == 1 ? Optional.of(leading.get(0)) : Optional.empty();
    }

    private static List<String> words(String text) {
        return ContentAnalyzers.terms(WORDS, "", text);
    }
}
