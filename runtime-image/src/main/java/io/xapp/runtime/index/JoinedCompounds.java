package io.xapp.runtime.index;

import java.util.regex.Pattern;

/**
 * A hyphenated word is indexed joined up as well: "Wi-Fi" also as "wifi", "check-in" as "checkin", "e-mail" as
 * "email". Visitors type such words joined more often than sites write them so, and the tokenizer cuts the
 * hyphenated form into parts that never match the joined one (nor does the spell checker know it). Letters only:
 * "10-minute" and "2-4 pm" are not compounds. The joined form goes before the word, whose own tokens stay.
 */
final class JoinedCompounds {

    private static final Pattern HYPHENATED = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?=(\\p{L}+(?:-\\p{L}+)+)(?![\\p{L}\\p{N}-]))");

    static final WordInsertions.Rule JOINED = new WordInsertions.Rule(HYPHENATED,
            compound -> " " + compound.group(1).replace("-", "") + " ");

    private JoinedCompounds() {
    }
}
