package io.xapp.runtime.index;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The language a page declares ({@code <html lang>}, the Content-Language header), as the index holds it for each of
 * its passages ({@link PassageFields#LANGUAGE}): the primary subtag alone, so "en-US" and "en-GB" are one language.
 */
public final class PageLanguages {

    private static final Pattern PRIMARY = Pattern.compile("[a-z]{2,3}");

    private PageLanguages() {
    }

    /** "es" for "es-ES" or "ES_mx"; empty for none or a value that names no language ("x-default", "*"). */
    public static Optional<String> primary(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String primary = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return PRIMARY.matcher(primary).matches() ? Optional.of(primary) : Optional.empty();
    }

    /** The languages the site's pages declare. */
    public static Set<String> of(IndexReader reader) throws IOException {
        Set<String> languages = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(reader, PassageFields.LANGUAGE);
        if (terms != null) {
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                languages.add(term.utf8ToString());
            }
        }
        return languages;
    }

    /** The passages that have {@code word} among their {@link PassageFields#WORDS} and are in {@code language}. */
    public static Query wordIn(String word, String language) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PassageFields.WORDS, word)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(PassageFields.LANGUAGE, language)), BooleanClause.Occur.FILTER)
                .build();
    }
}
