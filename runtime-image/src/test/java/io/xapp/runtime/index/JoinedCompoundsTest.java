package io.xapp.runtime.index;

import static io.xapp.runtime.index.EntityMarkersTest.terms;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hyphenated words as visitors type them: joined up. */
class JoinedCompoundsTest {

    @Test
    void hyphenatedWordsAreIndexedJoinedUpBesideTheirParts() {
        assertThat(terms(ContentAnalyzers.index(), PassageFields.BODY, "Free Wi-Fi in every room; check-in at 3"))
                .containsSubsequence("wifi", "wi", "fi").contains("checkin", "check");
        assertThat(terms(ContentAnalyzers.aboutness(), PassageFields.ALL, "Same-day drop-off")).contains("sameday",
                "dropoff");
        assertThat(terms(ContentAnalyzers.vocabulary(), PassageFields.WORDS, "Send us an e-mail"))
                .containsSubsequence("email", "e", "mail");
    }

    @Test
    void numbersRangesAndQuestionsAreLeftAsTheyAre() {
        assertThat(terms(ContentAnalyzers.index(), PassageFields.BODY, "A 10-minute walk, 2-4 pm, A-1 Plumbing"))
                .doesNotContain("10minute", "24", "a1");
        assertThat(terms(ContentAnalyzers.words(), PassageFields.WORDS, "is there wi-fi")).doesNotContain("wifi");
    }
}
