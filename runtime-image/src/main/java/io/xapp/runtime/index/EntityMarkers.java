package io.xapp.runtime.index;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Marks amounts of money, times of day and phone numbers in indexed text with the word a visitor would ask with
 * ("price", "hours", "phone"), so "how much is X" finds the line "X: $145" and "when are you open" finds
 * "Saturday: 9:00 am – 1:00 pm" even where the page never says "price" or "hours". The marker is inserted
 * before the match, so the text's own words and offsets (for highlighting) stay as they were.
 */
final class EntityMarkers {

    private static final Pattern MONEY = Pattern.compile("(?=[$€£]\\s?\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(?=\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?=(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}(?!\\d))");

    private EntityMarkers() {
    }

    static Reader wrap(Reader in) {
        CharFilter money = new PatternReplaceCharFilter(MONEY, " price ", in);
        CharFilter time = new PatternReplaceCharFilter(TIME, " hours ", money);
        return new PatternReplaceCharFilter(PHONE, " phone ", time);
    }
}
