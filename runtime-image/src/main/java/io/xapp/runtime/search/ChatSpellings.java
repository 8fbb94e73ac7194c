package io.xapp.runtime.search;

import io.xapp.runtime.index.BundledText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes out the shorthand of chat ("u", "ppl", "bday", "hasnt") in standard spelling, from
 * {@code chat-spellings.txt}. Visitors type a chat box the way they text; the embedding model learnt its English
 * from edited prose, where "ppl" and "hasnt" hardly occur, and the site's pages never use them.
 */
final class ChatSpellings {

    private static final String RESOURCE = "/chat-spellings.txt";
    private static final Map<String, String> SPELLINGS = load();
    /**
     * A word, with its inner apostrophes and a slash shorthand ("w/o"); not part of an abbreviation or a compound
     * ("U.S.", "a.m.", "R&B", "U-Haul").
     */
    private static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’])(?<![\\p{L}\\p{N}][.&+-])[\\p{L}\\p{N}]++(?:['’/][\\p{L}\\p{N}]*+)*+"
                    + "(?![.&+-][\\p{L}\\p{N}])");

    private ChatSpellings() {
    }

    static String writeOut(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String spelled = SPELLINGS.get(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            m.appendReplacement(out, Matcher.quoteReplacement(spelled == null ? m.group() : spelled));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> load() {
        Map<String, String> spellings = new HashMap<>();
        for (String entry : BundledText.entries(RESOURCE)) {
            String[] pair = entry.split("\\s*=>\\s*", 2);
            if (pair.length != 2) {
                throw new IllegalStateException(RESOURCE + ": not 'shorthand => spelling': " + entry);
            }
            spellings.put(pair[0], pair[1]);
        }
        return Map.copyOf(spellings);
    }
}
