package io.xapp.runtime.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentClassifierTest {

    private final IntentClassifier classifier = new IntentClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hi|GREETING",
        "Hello there!|GREETING",
        "good morning|GREETING",
        "thanks so much!|THANKS",
        "ok thank you|THANKS",
        "connect me with someone|CONTACT",
        "Can I talk to a real person?|CONTACT",
        "could someone call me back|CONTACT",
        "I'd like to book an appointment|BOOKING",
        "can I schedule a cleaning next week?|BOOKING",
        "book|BOOKING",
        "how do i make an appointment|QUESTION",
        "Where can I schedule a cleaning?|QUESTION",
        "What should I bring to my first appointment?|QUESTION",
        "What happens if I miss an appointment?|QUESTION",
        "how many appointments does a crown need|QUESTION",
        "hi, are you open on saturdays?|QUESTION",
        "Do you have parking?|QUESTION",
        "do i need to book a time to get a quote or can i just swing by|QUESTION",
        "do i have to pay anything ahead of time to book a portrait session?|QUESTION",
        "is there someone who speaks spanish? my dad wants to talk to someone about his car|QUESTION",
        "if u dont have a book in the store can u order it for me, how long would that take|QUESTION",
        "can i bring a book in for my kid to read while i get my appointment|QUESTION",
        "can u book me in for a cleaning friday|BOOKING",
        "my car was hit yesterday. can i talk to someone?|CONTACT",
        "hi! i'd like to book an appointment|BOOKING",
    })
    void recognisesWhatTheVisitorWants(String message, Intent expected) {
        assertThat(classifier.classify(message)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "How do I book an appointment?|true",
        "I'd like to book an appointment|true",
        "What should I bring to my first appointment?|false",
    })
    void aQuestionHowToBookIsAboutBookingThoughItIsAQuestion(String message, boolean aboutBooking) {
        assertThat(classifier.mentionsBooking(message)).isEqualTo(aboutBooking);
    }
}
