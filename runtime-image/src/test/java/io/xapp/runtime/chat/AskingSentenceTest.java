package io.xapp.runtime.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which sentence of a visitor's message asks. */
class AskingSentenceTest {

    @Test
    void theLastSentenceThatAsksIsTheQuestion() {
        assertThat(AskingSentence.of("hi! my dad is 78 and keeps cranking the tv volume. is the quick hearing check "
                + "free or do we have to pay for it?")).contains("is the quick hearing check free or do we have to pay "
                + "for it?");
        assertThat(AskingSentence.of("r u open sundays?? my cat keeps throwing up and i dont know what to do"))
                .contains("r u open sundays??");
    }

    @Test
    void withoutAQuestionMarkTheLastSentenceAsks() {
        assertThat(AskingSentence.of("We're moving in March. Need a quote for a 3 bedroom"))
                .contains("Need a quote for a 3 bedroom");
    }

    @Test
    void aMessageOfOneSentenceHasNoneApart() {
        assertThat(AskingSentence.of("how much is a cleaning without insurance?")).isEmpty();
        assertThat(AskingSentence.of("  do you take walk ins  ")).isEmpty();
    }
}
