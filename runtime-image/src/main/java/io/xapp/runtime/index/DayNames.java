package io.xapp.runtime.index;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Writes out the days of the week that opening hours abbreviate ("Mon–Fri 7:30–18:00 · Sat 8:00–12:00"), so "are
 * you open on saturdays" finds them by its words, in BM25 too. An abbreviation counts only where hours are written
 * (followed by a time or another day, through a dash, "to", "&amp;" or a comma), as "Sat", "Sun" and "Wed" are words of
 * their own elsewhere. The full name is inserted before the abbreviation, so the text's own words and offsets stay
 * as they were.
 */
final class DayNames {

    private static final String ANY_DAY = "(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)";
    private static final String THEN_HOURS = "\\b\\.?\\s*(?:[-–—&,:/]|to\\b|through\\b|thru\\b|and\\b)?\\s*(?:\\d|"
            + ANY_DAY + "\\b))";

    private record Day(String name, Pattern abbreviated) {
        Day(String name, String abbreviation) {
            this(" " + name + " ", Pattern.compile("(?i)(?<![\\w-])(?=" + abbreviation + THEN_HOURS));
        }
    }

    private static final List<Day> DAYS = List.of(new Day("monday", "Mon"), new Day("tuesday", "Tues?"),
            new Day("wednesday", "Wed"), new Day("thursday", "Thu(?:rs?)?"), new Day("friday", "Fri"),
            new Day("saturday", "Sat"), new Day("sunday", "Sun"));

    private DayNames() {
    }

    static Reader wrap(Reader in) {
        Reader out = in;
        for (Day day : DAYS) {
            out = new PatternReplaceCharFilter(day.abbreviated(), day.name(), out);
        }
        return out;
    }
}
