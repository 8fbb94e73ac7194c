package io.xapp.runtime.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * Passages that introduce a person: a team page's entry, headed by the person's name, whose text starts with them
 * ("Maya Chen" / "Maya is a doula and teaches our Prenatal Yoga classes"; "Dr. Lindqvist leads our dental
 * service"). Marked in the index ({@link PassageFields#PERSON}) for questions that ask "who".
 */
public final class PersonEntries {

    /**
     * A heading that starts with a name: two capitalised words, alone or before a comma or a dash ("Dana Whitfield,
     * PT", "Lena Park, owner", "Gus Halvorsen — electronics").
     */
    private static final Pattern NAME_HEADING = Pattern.compile("^(?:Dr\\.?\\s+)?(\\p{Lu}[\\p{Ll}'’-]+)\\s+"
            + "(\\p{Lu}[\\p{L}'’-]+)(?:,.*|\\s+[–—|·-]\\s.*)?$");
    /**
     * Text whose first line, or the line after a role under the name, starts with a doctor's name ("Dr. Okafor
     * earned his DMD").
     */
    private static final Pattern DOCTOR_FIRST = Pattern.compile(
            "^(?:[^\\n]*\\n\\s*)?Dr\\.?\\s+\\p{Lu}[\\p{L}'’-]+\\s+\\p{Ll}");

    /** A sentence that starts with a capitalised word and a word in lower case ("Dana is", "Tom grew"). */
    private static final Pattern SENTENCE_START = Pattern.compile(
            "(?:^|[.!?\\n])\\s*(\\p{Lu}[\\p{Ll}'’-]+)\\s+(\\p{Ll}+)");

    /** Where a role's parts divide ("Founder & Medical Director · Internal medicine", "owner and master stylist"). */
    private static final Pattern ROLE_PARTS = Pattern.compile("\\s*(?:[,·&|/()–—:;]|\\band\\b)\\s*");
    /** A line short enough to be a role under a name ("Pediatric & General Dentist"), not a sentence of a bio. */
    private static final int ROLE_LINE_MAX_WORDS = 10;

    private PersonEntries() {
    }

    /**
     * What a person entry names them as: the last word of each part of its headings ("Our attorneys", "Lena Park,
     * owner and master stylist") and of a short line under them ("Associate Veterinarian · Dentistry & oral
     * surgery"), in {@link #roleWord} form. A role's last word is what it is ("Insurance Coordinator" is a
     * coordinator); the words before it only qualify it. A name's last word comes too, and is never asked "which".
     */
    static Set<String> roles(List<String> headingPath, String text) {
        Set<String> roles = new LinkedHashSet<>();
        headingPath.forEach(heading -> addRoles(heading, roles));
        String body = underOwnHeading(headingPath, text);
        int lineEnd = body.indexOf('\n');
        String line = (lineEnd < 0 ? body : body.substring(0, lineEnd)).strip();
        if (!line.isEmpty() && line.split("\\s+").length <= ROLE_LINE_MAX_WORDS && !line.matches(".*[.!?]$")) {
            addRoles(line, roles);
        }
        return roles;
    }

    /** The text without the line of its own heading it starts with. */
    private static String underOwnHeading(List<String> headingPath, String text) {
        String heading = PassageFields.ownHeading(headingPath);
        String body = text.strip();
        return !heading.isEmpty() && body.startsWith(heading) ? body.substring(heading.length()).strip() : body;
    }

    private static void addRoles(String text, Set<String> roles) {
        for (String part : ROLE_PARTS.split(text)) {
            String[] words = part.strip().split("\\s+");
            String last = roleWord(words[words.length - 1]);
            if (last.length() > 1) {
                roles.add(last);
            }
        }
    }

    /**
     * Person entries named by {@code word} ("which vet should i see" finds "Associate Veterinarian", "which
     * attorney" an entry under "Our attorneys"): a role that starts with it, so a short form finds the long one.
     */
    public static Query withRole(String word) {
        return new PrefixQuery(new Term(PassageFields.PERSON_ROLE, roleWord(word)));
    }

    /** A role word as compared: lower case, singular ("Attorneys" as "attorney"), without trailing punctuation. */
    static String roleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+$", "");
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * @param headingPath the passage's headings, its own last
     * @param text        its text, which starts with its own heading's line when it has one
     */
    static boolean introducesPerson(List<String> headingPath, String text) {
        return DOCTOR_FIRST.matcher(underOwnHeading(headingPath, text)).find()
                || nameHeading(headingPath, text).isPresent();
    }

    /**
     * The heading that names the person a passage introduces, its own or the one above it ("Kelsey Marlowe, RN" over
     * "Owner & Aesthetic Nurse Injector"); empty when it introduces nobody by a heading.
     *
     * @param headingPath the passage's headings, its own last
     * @param text        its text, which starts with its own heading's line when it has one
     */
    public static Optional<String> nameHeading(List<String> headingPath, String text) {
        String body = underOwnHeading(headingPath, text);
        String heading = PassageFields.ownHeading(headingPath).strip();
        Matcher name = NAME_HEADING.matcher(heading);
        if (!name.matches()) {
            // The role may head the entry under the name ("Claire Dunmore" / "Automatic": a bold line read as a
            // heading of its own).
            heading = headingPath.size() < 2 ? "" : headingPath.get(headingPath.size() - 2).strip();
            name = NAME_HEADING.matcher(heading);
            if (!name.matches()) {
                return Optional.empty();
            }
        }
        // Its first name starts a sentence of the text, as a bio's do ("Dana is ...", "Tom grew up ..."); the
        // line under the name may be a role ("Lead Dental Hygienist"). A title-cased service that the text names
        // again ("Teeth Whitening" / "Teeth whitening brightens ...") is not one, nor one the text writes in lower
        // case ("Mini Sessions" / "I run mini sessions ... Mini dates go to newsletter subscribers first").
        if (body.contains((name.group(1) + " " + name.group(2)).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Matcher sentence = SENTENCE_START.matcher(body);
        while (sentence.find()) {
            if (sentence.group(1).equals(name.group(1)) && !sentence.group(2).equalsIgnoreCase(name.group(2))) {
                return Optional.of(heading);
            }
        }
        return Optional.empty();
    }
}
