package io.xapp.runtime.chat;

/** What a visitor's message wants, beyond (or instead of) an answer from the site. */
public enum Intent {
    /** "hi", "good morning": greet back. */
    GREETING,
    /** "thanks!", "great, bye": acknowledge. */
    THANKS,
    /** "connect me with someone", "can someone call me": offer the lead form. */
    CONTACT,
    /** "I'd like to book an appointment": offer available slots. */
    BOOKING,
    /** Anything else: answer from the site's content. */
    QUESTION
}
