package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The words of a question word's family that a site uses where it never uses the word itself: "do you deliver" and
 * the site's "Delivery", "do you rent bikes" and its "Rentals", "can i cancel" and its "cancellation", "the
 * cheapest bouquet" and its "cheap", "least busy" and its "quietest ... busiest". The stemmer keeps these apart
 * (KStem stems inflections, not derivations), and a word the site never uses counts against the question as
 * something the site does not offer.
 */
final class WordFamily {

    /**
     * Endings that make a noun or an adjective of a verb, a verb's noun of the agent, a superlative or an adverb,
     * as English forms them ("deliver" and "delivery", "busy" and "busiest", "hour" and "hourly"). Not "-ness":
     * "busy" and "business".
     */
    private static final Pattern DERIVED = Pattern.compile(
            "(?:y|ies|al|als|ion|ions|ation|ations|er|ers|ery|ing|ings|ment|ments|able|est|ly)");
    /**
     * Endings whose base the site may use where the stemmer kept the word whole ("included" and "include",
     * "running" and "run", "cheapest" and "cheap"). Not "-er": "shower" is no more of "show" than "flower" of "flow".
     */
    private static final Pattern INFLECTED = Pattern.compile("(.{3,}?)(?:ed|ing|est)");
    /** Shorter words are too often the start of unrelated ones ("car" and "carer", "pet" and "petition"). */
    private static final int MIN_LENGTH = 4;

    private WordFamily() {
    }

    /** The site's index terms of {@code term}'s family, empty if none or if {@code term} is no plain word. */
    static List<String> onSite(String term, IndexReader reader) throws IOException {
        if (term.length() < MIN_LENGTH || !term.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        Terms terms = MultiTerms.getTerms(reader, PassageFields.ALL);
        if (terms == null) {
            return List.of();
        }
        TermsEnum all = terms.iterator();
        Set<String> family = new LinkedHashSet<>();
        for (String base : bases(term)) {
            if (!base.equals(term) && all.seekExact(new BytesRef(base))) {
                family.add(base);
            }
            String cut = base.substring(0, base.length() - 1);
            // "organize" and "organization"; "busy" and "busiest" as well as "study" and "studying".
            List<String> stems = base.endsWith("e") ? List.of(cut) : base.endsWith("y") ? List.of(base, cut + "i")
                    : List.of(base);
            for (String stem : stems) {
                if (stem.length() >= MIN_LENGTH) {
                    derived(stem, all, family);
                }
            }
        }
        return List.copyOf(family);
    }

    /**
     * The word, and where it is inflected, its base with and without a final "e" or a doubled consonant; none shorter
     * than {@link #MIN_LENGTH} ("wedding" is not "wed").
     */
    static List<String> bases(String term) {
        List<String> bases = new ArrayList<>(List.of(term));
        Matcher inflected = INFLECTED.matcher(term);
        if (inflected.matches()) {
            String base = inflected.group(1);
            bases.add(base);
            bases.add(base + "e");
            int n = base.length();
            if (base.charAt(n - 1) == base.charAt(n - 2)) {
                bases.add(base.substring(0, n - 1));
            }
        }
        bases.removeIf(base -> base.length() < MIN_LENGTH);
        return bases;
    }

    /** The site's terms that are {@code stem} with a derivational ending, a final consonant doubled before it. */
    private static void derived(String stem, TermsEnum all, Set<String> family) throws IOException {
        BytesRef prefix = new BytesRef(stem);
        if (all.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return;
        }
        for (BytesRef t = all.term(); t != null && StringHelper.startsWith(t, prefix); t = all.next()) {
            String candidate = t.utf8ToString();
            String ending = candidate.substring(stem.length());
            // "cancel" and "cancellation", "ship" and "shipper".
            boolean doubled = !ending.isEmpty() && ending.charAt(0) == stem.charAt(stem.length() - 1);
            if (DERIVED.matcher(ending).matches() || doubled && DERIVED.matcher(ending.substring(1)).matches()) {
                family.add(candidate);
            }
        }
    }
}
