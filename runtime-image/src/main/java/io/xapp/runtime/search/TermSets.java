package io.xapp.runtime.search;

import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PassageFields;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** The index terms of a piece of text, to tell which of a question's concepts a sentence mentions. */
public final class TermSets {

    private static final Analyzer INDEX = ContentAnalyzers.aboutness();

    private TermSets() {
    }

    public static Set<String> of(String text) {
        return new HashSet<>(ContentAnalyzers.terms(INDEX, PassageFields.ALL, text));
    }

    public static boolean mentions(Set<String> terms, Concept concept) {
        for (String t : concept.terms()) {
            if (terms.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
