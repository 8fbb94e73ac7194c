package io.xapp.runtime.search;

import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The index terms of a piece of text, to tell which of a question's concepts a sentence mentions. */
public final class TermSets {

    private static final Analyzer INDEX = ContentAnalyzers.aboutness();

    private TermSets() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream ts = INDEX.tokenStream(PassageFields.ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
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
