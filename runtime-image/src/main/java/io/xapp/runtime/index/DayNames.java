package io.xapp.runtime.index;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes out the days of the week that opening hours abbreviate ("Mon–Fri 7:30–18:00 · Sat 8:00–12:00"), so "are
 * you open on saturdays" finds them by its words, in BM25 too. An abbreviation counts only where hours are written
 * (followed by a time or another day, through a dash, "to", "&amp;" or a comma), as "Sat", "Sun" and "Wed" are words of
 * their own elsewhere. The full name is inserted before the abbreviation, so the text's own words and offsets stay
 * as they were.
 */
final class DayNames {

    /** A day as hours abbreviate it ("Tues", "Thurs"); the first three letters name it. */
    static final String ABBREVIATED_DAY = "(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)";
    private static final Map<String, String> BY_FIRST_THREE = Map.of("mon", "monday", "tue", "tuesday",
            "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday");
    private static final Pattern IN_HOURS = Pattern.compile("(?i)(?<![\\w-])(?=(" + ABBREVIATED_DAY + ")\\b\\.?"
            + "\\s*(?:[-–—&,:/]|to\\b|through\\b|thru\\b|and\\b)?\\s*(?:\\d|" + ABBREVIATED_DAY + "\\b))");

    /** The full name before each abbreviated day of opening hours. */
    static final WordInsertions.Rule WRITTEN_OUT = new WordInsertions.Rule(IN_HOURS,
            day -> " " + BY_FIRST_THREE.get(day.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + " ");

    private DayNames() {
    }
}
