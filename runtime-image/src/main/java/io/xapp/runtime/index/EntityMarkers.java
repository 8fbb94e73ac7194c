package io.xapp.runtime.index;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Marks amounts of money, offers, times of day, phone numbers, street addresses, founding years and spans of time
 * in indexed text with the word a visitor would ask with ("price", "discount", "hours", "phone",
 * "address", "established", "duration"), so "how much is X" finds the line "X: $145", "any discount for
 * new clients" finds "15% off your first visit" ("$10 off" too), "when are you open" finds "Saturday: 9:00 am –
 * 1:00 pm" or "Sat 8:00–12:00", "where are you located" finds "88 Juniper Street", "how long have you been in
 * business" finds "founded in 1998", and "how long does it take" finds "ready in 5 to 7 days",
 * even where the page never says so (a footer or a contact block often gives the facts alone).
 * The marker is inserted before the match, so the text's own words and offsets (for highlighting) stay as they
 * were.
 */
final class EntityMarkers {

    private static final Pattern MONEY = Pattern.compile("(?=[$€£]\\s?\\d)");
    /** A share or an amount off a price ("15% off", "$10 off each additional child"), how offers are written. */
    private static final Pattern AMOUNT_OFF = Pattern.compile("(?<![\\d.])(?=(?:\\d{1,2}(?:\\.\\d+)?\\s?%|[$€£]\\s?"
            + "\\d+(?:[.,]\\d+)?)\\s?off\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(?=\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))",
            Pattern.CASE_INSENSITIVE);
    /** A range of times on the 24-hour clock ("7:30–18:00"), or a day followed by a time ("Sat 8-12", "Monday: 9"). */
    private static final Pattern HOURS = Pattern.compile("(?<![\\d:.])"
            + "(?=\\d{1,2}[:.]\\d{2}\\s*[-–—]\\s*\\d{1,2}[:.]\\d{2}(?![\\d:.]))"
            + "|(?i)(?<![\\w-])(?=" + DayNames.ABBREVIATED_DAY + "(?:day|sday|nesday|rsday|urday)?s?\\.?:?\\s*\\d)");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?=(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}(?!\\d))");

    /** A house number, one to four capitalised words and a street type, as English-speaking countries write them. */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\d,.])(?=\\d{1,6}[A-Za-z]?\\s+"
            + "(?:[A-Z][\\w'.-]*\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way"
            + "|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Square|Sq|Terrace|Circle|Trail|Row|Plaza|Crescent"
            + "|Close)\\b)");

    /** The year a business began ("since 1987", "founded in 1998", "opened in 2014"), how its age is written. */
    private static final Pattern ESTABLISHED = Pattern.compile("(?<![\\w-])(?=(?:since|founded|established|opened|"
            + "started|began)\\s+(?:in\\s+)?(?:19|20)\\d\\d\\b)", Pattern.CASE_INSENSITIVE);

    private static final String COUNT = "(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|forty-five|forty|sixty|ninety|a few|a couple of|several|half an?)";
    /**
     * A span of time ("45 minutes", "5 to 7 business days", "two or three weeks", "a 12-month warranty", "next-day"),
     * how the answer to "how long", "how soon" or "how fast" is written.
     */
    private static final Pattern DURATION = Pattern.compile("(?<![\\w.,$€£-])(?=" + COUNT
            + "(?:\\s*(?:-|–|—|to|or|and)\\s*" + COUNT + ")?[\\s-]*(?:business\\s+|working\\s+|full\\s+)?"
            + "(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\b|(?:same|next)[\\s-]day\\b)",
            Pattern.CASE_INSENSITIVE);
    /** The words of {@link ContentAnalyzers#TEXT_INSERTIONS}, then the markers; at one place, in this order. */
    private static final List<WordInsertions.Rule> RULES = Stream.concat(ContentAnalyzers.TEXT_INSERTIONS.stream(),
            Stream.of(new WordInsertions.Rule(MONEY, " price "), new WordInsertions.Rule(AMOUNT_OFF, " discount "),
                    new WordInsertions.Rule(TIME, " hours "), new WordInsertions.Rule(HOURS, " hours "),
                    new WordInsertions.Rule(PHONE, " phone "), new WordInsertions.Rule(ADDRESS, " address "),
                    new WordInsertions.Rule(ESTABLISHED, " established "),
                    new WordInsertions.Rule(DURATION, " duration ")))
            .toList();

    private EntityMarkers() {
    }

    /** The text with the markers, and the words {@link ContentAnalyzers#index()} inserts. */
    static Reader wrap(Reader in) {
        return WordInsertions.wrap(in, RULES);
    }
}
