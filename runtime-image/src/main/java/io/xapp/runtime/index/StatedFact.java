package io.xapp.runtime.index;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fact a passage states in a form of its own: an amount of money, an amount off, a time of day, a phone number, a
 * street address, the year a business began, a span of time, the places it serves. Each is marked in the indexed
 * text with the word a visitor asks with ({@link EntityMarkers}), so "how much is X" finds the line "X: $145", "any
 * discount for new clients" finds "15% off your first visit", "when are you open" finds "Sat 8:00–12:00", "where
 * are you located" finds "88 Juniper Street", "how long have you been in business" finds "founded in 1998", "how
 * long does it take" finds "ready in 5 to 7 days" and "what areas do you serve" finds "Austin, Round Rock and
 * Cedar Park", even where the page never says so (a footer or a contact block often gives the facts alone). Each
 * passage also records which it states ({@link PassageFields#FACTS}): a question asking for one prefers the
 * passage that gives it to one that only talks about it ("how much to take a tree down": the price list, not the
 * removal page's "an arborist gives you a written price"). A policy is written as a case and what follows in it
 * ("If pests return between visits, we re-treat for free", an FAQ entry headed "What if it rains on the day?"): it
 * has no word to mark, since a visitor asks for it by the question's frame ("what if the bugs come back", {@link
 * #CONDITION}). A number of things ("up to 200 guests", "no more than 4 swimmers per teacher") answers "how many"
 * ({@link #COUNT}).
 */
public enum StatedFact {
    PRICE("price", "price", Patterns.MONEY),
    DISCOUNT("discount", "discount", Patterns.AMOUNT_OFF),
    HOURS("hours", "hour", Patterns.TIME, Patterns.HOURS),
    PHONE("phone", "phone", Patterns.PHONE),
    ADDRESS("address", "address", Patterns.ADDRESS),
    ESTABLISHED("established", "establish", Patterns.ESTABLISHED),
    DURATION("duration", "duration", Patterns.DURATION),
    AREA("area", "area", Patterns.PLACES),
    CONDITION(null, null, Patterns.CONDITION),
    // Last, so that the bits of the facts before it, stored in an index generation, keep their meaning.
    COUNT("count", "count", Patterns.COUNT_OF);

    private final String marker;
    private final String term;
    private final List<Pattern> patterns;

    StatedFact(String marker, String term, Pattern... patterns) {
        this.marker = marker;
        this.term = term;
        this.patterns = List.of(patterns);
    }

    /** Whether the fact is marked in indexed text with a word ({@link #marker}). */
    boolean marked() {
        return marker != null;
    }

    /** The word inserted before the fact in indexed text; null where {@link #marked} is not. */
    String marker() {
        return marker;
    }

    /**
     * {@link #marker} as an index term: what a question's concept contains when it asks for the fact; empty for
     * {@link #CONDITION}, which a question asks for by its frame ({@code InterpretedQuery#askedFacts}).
     */
    public Optional<String> term() {
        return Optional.ofNullable(term);
    }

    /** Where the fact is written: lookaheads, matching the place before it. */
    List<Pattern> patterns() {
        return patterns;
    }

    /** This fact's bit in a set of facts ({@link #statedIn}). */
    public int bit() {
        return 1 << ordinal();
    }

    /** The facts {@code text} (a passage's headings and text) states, as a set of {@link #bit}s. */
    public static int statedIn(String text) {
        int facts = 0;
        for (StatedFact fact : values()) {
            if (fact.patterns.stream().anyMatch(p -> p.matcher(text).find())) {
                facts |= fact.bit();
            }
        }
        return facts;
    }

    /** The patterns, apart so that the constants above can name them. */
    private static final class Patterns {
        static final Pattern MONEY = Pattern.compile("(?=[$€£]\\s?\\d)");
        /** A share or an amount off a price ("15% off", "$10 off each additional child"): how offers are written. */
        static final Pattern AMOUNT_OFF = Pattern.compile("(?<![\\d.])(?=(?:\\d{1,2}(?:\\.\\d+)?\\s?%|[$€£]\\s?"
                + "\\d+(?:[.,]\\d+)?)\\s?off\\b)", Pattern.CASE_INSENSITIVE);
        static final Pattern TIME = Pattern.compile("(?<![\\d:])(?=\\d{1,2}(?::\\d{2})?\\s?"
                + "(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))", Pattern.CASE_INSENSITIVE);
        /** A range of times on the 24-hour clock ("7:30–18:00"), or a day and a time ("Sat 8-12", "Monday: 9"). */
        static final Pattern HOURS = Pattern.compile("(?<![\\d:.])"
                + "(?=\\d{1,2}[:.]\\d{2}\\s*[-–—]\\s*\\d{1,2}[:.]\\d{2}(?![\\d:.]))"
                + "|(?i)(?<![\\w-])(?=" + DayNames.ABBREVIATED_DAY
                + "(?:day|sday|nesday|rsday|urday)?s?\\.?:?\\s*\\d)");
        static final Pattern PHONE = Pattern.compile("(?<!\\d)(?=(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}"
                + "[\\s.-]\\d{4}(?!\\d))");

        /** A house number ("2217B") and the space after it. */
        private static final String HOUSE_NUMBER = "\\d{1,6}[A-Za-z]?\\s+";

        /**
         * A house number, one to four capitalised words and a street type, as English-speaking countries write: the
         * common street suffixes of the US postal standard (USPS Publication 28) and their abbreviations, and the
         * British "Crescent" and "Close". Not the suffixes that are also everyday words after a number ("5 Mile
         * Loop", "10K Run", "3 Key Point"). Or a house number on a numbered road ("3347 Highway 6").
         */
        static final Pattern ADDRESS = Pattern.compile("(?<![\\d,.])(?=" + HOUSE_NUMBER
                + "(?:[A-Z][\\w'.-]*\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way"
                + "|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Square|Sq|Terrace|Ter|Circle|Cir|Trail|Trl|Row|Plaza"
                + "|Pike|Turnpike|Tpke|Alley|Aly|Cove|Crossing|Xing|Expressway|Expy|Freeway|Fwy|Route|Rte"
                + "|Crescent|Close)\\b"
                // A numbered road: "3347 Highway 6", "1200 State Route 9", "8801 FM 1960".
                + "|" + HOUSE_NUMBER + "(?:(?:U\\.?S\\.?|State|County|N|S|E|W|North|South|East|West)\\s+)?"
                + "(?:Highway|Hwy|Route|Rte|Road|Rd|FM)\\s+\\d{1,4}\\b)");

        /** "in", or a time within a year before one: "in March", "in the spring of", "in early". */
        private static final String IN_TIME = "in(?:\\s+(?:the\\s+)?(?:early|late|mid|spring|summer|fall|autumn|winter"
                + "|january|february|march|april|may|june|july|august|september|october|november|december)"
                + "(?:\\s+of)?)?";
        /**
         * The year a business began ("since 1987", "founded in 1998", "opened our doors in 2014", "started FreshStep
         * in 2012 with one van", "opened Brightside in the spring of 2009", or the year first: "In August 2012 she
         * opened BrightPath", "In 2014 I left the paper and started Lakeshore"), how its age is written.
         */
        static final Pattern ESTABLISHED = Pattern.compile("(?<![\\w-])(?=(?:since|founded|established|opened|"
                + "started|began)(?:\\s+" + IN_TIME + "|(?:\\s+[\\p{L}&'’-]+){0,4}\\s+" + IN_TIME + ")?\\s+"
                + "(?:19|20)\\d\\d\\b|" + IN_TIME + "\\s+(?:19|20)\\d\\d,?(?:\\s+[\\p{L}&'’-]+){0,6}?\\s+"
                + "(?:founded|established|opened|started|began|launched)\\b)",
                Pattern.CASE_INSENSITIVE);

        /** Numbers written out, from two: what spans of time and numbers of things share. */
        private static final String NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                + "|fifteen|twenty|thirty";
        /** How many, in a span of time: a number, or a word for one ("one", "a few", "half an"). */
        private static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|one|" + NUMBER_WORDS
                + "|forty-five|forty|sixty|ninety|a few|a couple of|several|half an?)";
        private static final String RECURRING = "(?:day|week|month|year|season|spring|summer|fall|autumn|winter)\\b";
        /**
         * A span of time ("45 minutes", "5 to 7 business days", "two or three weeks", "a 12-month warranty",
         * "next-day"), how the answer to "how long", "how soon" or "how fast" is written; and how often a thing
         * recurs ("once a year", "twice a month", "every other week", "annually"), the answer to "how often".
         */
        static final Pattern DURATION = Pattern.compile("(?<![\\w.,$€£-])(?=" + NUMBER
                + "(?:\\s*(?:-|–|—|to|or|and)\\s*" + NUMBER + ")?[\\s-]*(?:business\\s+|working\\s+|full\\s+)?"
                + "(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\b|(?:same|next)[\\s-]day\\b"
                + "|(?:once|twice|" + NUMBER + "\\s+times)\\s+(?:a|an|per|each|every)\\s+" + RECURRING
                + "|every\\s+(?:other\\s+)?" + RECURRING + "|annually\\b)",
                Pattern.CASE_INSENSITIVE);

        /** A capitalised name of one to three words, not a day's ("Round Rock", "Wheat Ridge"). */
        private static final String NAME = "(?!" + DayNames.ABBREVIATED_DAY + "(?:day|sday|nesday|rsday|urday)?\\b)"
                + "\\p{Lu}[\\p{L}'’.-]+"
                + "(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}";
        /**
         * Three or more names in a row ("Austin, Round Rock, Cedar Park and Lakeway"): how a business lists the towns
         * it serves, for "what areas do you serve" (brands listed so are marked too; the question's other words
         * tell them apart).
         */
        static final Pattern PLACES = Pattern.compile("(?<![\\p{L}])(?=" + NAME + "(?:\\s*,\\s*" + NAME + ")+"
                + "(?:,?\\s+(?:and|or|&)\\s+" + NAME + ")|" + NAME + "(?:\\s*,\\s*" + NAME + "){2,})");

        /**
         * A number of things: a number, at most two words, and a plural ("up to 200 guests", "no more than four
         * swimmers per teacher", "640 Google reviews", "12 people"), how the answer to "how many" is written. Not a
         * span of time ({@link #DURATION}), nor a word ending in "s" that is no plural ("is", "us", "class"), nor
         * a plural a clause away ("Room 2 is upstairs").
         */
        static final Pattern COUNT_OF = Pattern.compile("(?<![\\w.,$€£:/-])(?=(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?i:"
                + NUMBER_WORDS + "|forty|fifty|hundred))"
                + "\\+?\\s+(?:(?!(?:is|are|was|were|of|in|on|at|to|and|or|for|the|a|an)\\s)[\\p{L}'’-]+\\s+){0,2}?"
                + "(?!(?:seconds|secs|minutes|mins|hours|hrs|days|weeks|months"
                + "|years)\\b)(?:\\p{Ll}*[a-hj-rtv-z]s|people|children)\\b)");

        /** A sentence, line or heading that opens with a case: "If ...", "What if ...", "What happens if ...". */
        static final Pattern CONDITION = Pattern.compile("(?:^|(?<=[.!?:]\\s{1,3})|(?<=\\n))(?=(?:What\\s+"
                + "(?:happens\\s+)?)?[Ii]f\\b)");

        private Patterns() {
        }
    }
}
