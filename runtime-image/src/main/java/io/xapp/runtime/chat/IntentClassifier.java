package io.xapp.runtime.chat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the few intents a small-business assistant handles besides answering: greetings, thanks, asking for
 * a person, booking. Deliberately narrow: a message is only taken for booking or contact when it asks for the
 * action ("book", "schedule", "talk to"), so "what should I bring to my first appointment?" stays a question.
 */
public final class IntentClassifier {

    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening|day)|greetings)( there)?( everyone| all)?"
                    + "[!.?,\\s]*$");
    private static final Pattern THANKS = Pattern.compile(
            "^(ok(ay)?[, ]*)?(thanks?( you)?|thx|ty|cheers|great|perfect|awesome|bye|goodbye)( (so|very) much)?"
                    + "( for (the|your) help)?[!.,\\s]*$");
    private static final List<Pattern> CONTACT = List.of(
            Pattern.compile("\\b(connect|put) me (with|through to|in touch)\\b"),
            Pattern.compile("\\b(talk|speak|chat) (to|with) (a |an |some|any|the )?(one|body|person|human|"
                    + "someone|somebody|staff|team|representative|agent|real person|manager|owner)\\b"),
            Pattern.compile("\\b(can|could|would|please|have) (someone|somebody|you) (call|contact|email|text|"
                    + "get back to|reach out to) me\\b"),
            Pattern.compile("\\b(call|contact|email) me( back)?\\b"),
            Pattern.compile("\\b(leave|send) (a |you a )?(message|note|request)\\b"),
            Pattern.compile("^(contact|human|agent|representative|operator)[!.?\\s]*$"));
    /** "Book" as a verb: not the thing on a shelf ("if u dont have a book in the store can u order it"). */
    private static final String BOOK_VERB = "(?<!\\b(a|an|the|my|your|our|this|that|any|one|some) )book";
    private static final List<Pattern> BOOKING = List.of(
            Pattern.compile("\\b(" + BOOK_VERB + "|schedule|make|set up|arrange|request|reserve)\\b.{0,30}\\b("
                    + "appointment|visit|consultation|session|slot|time|exam|cleaning|check-?up)\\b"),
            Pattern.compile("\\b(" + BOOK_VERB + "|schedule) (me|in|an?|one)\\b"),
            Pattern.compile("\\b(available|free|open) (slots?|times?|appointments?)\\b"),
            Pattern.compile("^(book|booking|appointment|schedule)[!.?\\s]*$"));

    /**
     * A question about booking rather than a request to book: how or where to ("how do i book ...", "where can i
     * schedule ..."), or what it takes ("do i need to book a time to get a quote or can i just swing by", "do i have
     * to pay anything ahead of time to book a portrait session?"). "Can I schedule a cleaning?" asks to book.
     */
    private static final Pattern ASKS_ABOUT = Pattern.compile(
            "^\\W*(how|where|what|when|why|which|who|do (i|we)|does|did|is|are|should|must)\\b");

    /**
     * The intent of the message's asking sentence where it has several ({@link AskingSentence}): "is there someone
     * who speaks spanish? my dad ... wants to talk to someone about his car" asks a question, not for a call.
     */
    public Intent classify(String message) {
        String text = normalized(AskingSentence.of(message).orElse(message));
        if (GREETING.matcher(text).matches()) {
            return Intent.GREETING;
        }
        if (THANKS.matcher(text).matches()) {
            return Intent.THANKS;
        }
        if (CONTACT.stream().anyMatch(p -> p.matcher(text).find())) {
            return Intent.CONTACT;
        }
        if (aboutBooking(text) && !ASKS_ABOUT.matcher(text).find()) {
            return Intent.BOOKING;
        }
        return Intent.QUESTION;
    }

    /**
     * Whether the message is about booking ("i'd like to book an appointment", "how do i make an appointment?"): a
     * request to book is {@link Intent#BOOKING}; a question how to book is a {@link Intent#QUESTION} the site's own
     * words answer ("Book online any time, or call us"), with the way to book offered beside the answer.
     */
    public boolean mentionsBooking(String message) {
        return aboutBooking(normalized(message));
    }

    private static boolean aboutBooking(String normalized) {
        return BOOKING.stream().anyMatch(p -> p.matcher(normalized).find());
    }

    /** Lower case, typographic apostrophes as typed ones: how the patterns read a message. */
    private static String normalized(String message) {
        return message.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
