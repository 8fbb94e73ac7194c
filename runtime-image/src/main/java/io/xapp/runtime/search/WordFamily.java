package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of a question word's family that a site uses where it never uses the word itself: "do you deliver" and
 * the site's "Delivery", "do you rent bikes" and its "Rentals", "can i cancel" and its "cancellation", "the
 * cheapest bouquet" and its "cheap". The stemmer keeps these apart (KStem stems inflections, not derivations), and
 * a word the site never uses counts against the question as something the site does not offer.
 */
final class WordFamily {

    /** Endings that make a noun or an adjective of a verb, or a verb's noun of the agent, as English forms them. */
    private static final Pattern DERIVED = Pattern.compile(
            "(?:y|ies|al|als|ion|ions|ation|ations|er|ers|ery|ing|ings|ment|ments|able)");
    /** Comparative and superlative endings, whose base the site may use ("cheapest" and "cheap"). */
    private static final Pattern COMPARED = Pattern.compile("(.{4,}?)(?:est|er)");
    /** Shorter words are too often the start of unrelated ones ("car" and "carer", "pet" and "petition"). */
    private static final int MIN_LENGTH = 4;

    private WordFamily() {
    }

    /** The site's index terms of {@code term}'s family, empty if none or if {@code term} is no plain word. */
    static List<String> onSite(String term, IndexReader reader) throws IOException {
        List<String> family = new ArrayList<>();
        if (term.length() < MIN_LENGTH || !term.chars().allMatch(Character::isLetter)) {
            return family;
        }
        Terms terms = MultiTerms.getTerms(reader, PassageFields.ALL);
        if (terms == null) {
            return family;
        }
        TermsEnum all = terms.iterator();
        String stem = term.endsWith("e") ? term.substring(0, term.length() - 1) : term;
        if (all.seekCeil(new BytesRef(stem)) != TermsEnum.SeekStatus.END) {
            for (BytesRef t = all.term(); t != null && t.utf8ToString().startsWith(stem); t = all.next()) {
                String candidate = t.utf8ToString();
                String ending = candidate.substring(stem.length());
                // A final consonant doubled before the ending: "cancel" and "cancellation", "ship" and "shipper".
                boolean doubled = !ending.isEmpty() && ending.charAt(0) == stem.charAt(stem.length() - 1);
                if (DERIVED.matcher(ending).matches() || doubled && DERIVED.matcher(ending.substring(1)).matches()) {
                    family.add(candidate);
                }
            }
        }
        var compared = COMPARED.matcher(term);
        if (compared.matches() && all.seekExact(new BytesRef(compared.group(1)))) {
            family.add(compared.group(1));
        }
        return family;
    }
}
