package io.xapp.bridge.analytics;

import java.util.Locale;
import java.util.regex.Pattern;

/** Query normalisation, so "Opening hours?" and "  opening   HOURS" count as one query. */
final class QueryText {

    static final int MAX_LENGTH = 500;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?!.]+$");

    private QueryText() {
    }

    /** Lower case, single spaces, no trailing ?!. and at most 500 characters; null for an empty query. */
    static String normalise(String query) {
        if (query == null) {
            return null;
        }
        String q = SPACE.matcher(query.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        q = TRAILING_PUNCTUATION.matcher(q).replaceAll("");
        if (q.isEmpty()) {
            return null;
        }
        return q.length() > MAX_LENGTH ? q.substring(0, MAX_LENGTH) : q;
    }
}
