package io.xapp.runtime.index;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passages that introduce a person: a team page's entry, headed by the person's name, whose text starts with them
 * ("Maya Chen" / "Maya is a doula and teaches our Prenatal Yoga classes"; "Dr. Lindqvist leads our dental
 * service"). Marked in the index ({@link PassageFields#PERSON}) for questions that ask "who".
 */
final class PersonEntries {

    /** A heading that starts with a name: two capitalised words ("Dana Whitfield, PT", "Lena Park, owner"). */
    private static final Pattern NAME_HEADING = Pattern.compile("^(?:Dr\\.?\\s+)?(\\p{Lu}[\\p{Ll}'’-]+)\\s+"
            + "(\\p{Lu}[\\p{L}'’-]+)(?:,.*)?$");
    /**
     * Text whose first line, or the line after a role under the name, starts with a doctor's name ("Dr. Okafor
     * earned his DMD").
     */
    private static final Pattern DOCTOR_FIRST = Pattern.compile(
            "^(?:[^\\n]*\\n\\s*)?Dr\\.?\\s+\\p{Lu}[\\p{L}'’-]+\\s+\\p{Ll}");

    /** A sentence that starts with a capitalised word and a word in lower case ("Dana is", "Tom grew"). */
    private static final Pattern SENTENCE_START = Pattern.compile(
            "(?:^|[.!?\\n])\\s*(\\p{Lu}[\\p{Ll}'’-]+)\\s+(\\p{Ll}+)");

    private PersonEntries() {
    }

    /**
     * @param headingPath the passage's headings, its own last
     * @param text        its text, which starts with its own heading's line when it has one
     */
    static boolean introducesPerson(List<String> headingPath, String text) {
        String heading = headingPath.isEmpty() ? "" : headingPath.get(headingPath.size() - 1).strip();
        String body = text.strip();
        if (!heading.isEmpty() && body.startsWith(heading)) {
            body = body.substring(heading.length()).strip();
        }
        if (DOCTOR_FIRST.matcher(body).find()) {
            return true;
        }
        Matcher name = NAME_HEADING.matcher(heading);
        if (!name.matches()) {
            return false;
        }
        // Its first name starts a sentence of the text, as a bio's do ("Dana is ...", "Tom grew up ..."); the
        // line under the name may be a role ("Lead Dental Hygienist"). A title-cased service that the text names
        // again ("Teeth Whitening" / "Teeth whitening brightens ...") is not one.
        Matcher sentence = SENTENCE_START.matcher(body);
        while (sentence.find()) {
            if (sentence.group(1).equals(name.group(1)) && !sentence.group(2).equalsIgnoreCase(name.group(2))) {
                return true;
            }
        }
        return false;
    }
}
