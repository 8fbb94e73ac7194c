package io.xapp.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextUnitsTest {

    private static final String TEAM = "Dr. Theo Lindqvist leads our dental service and sees dogs and cats on Mondays"
            + " and Fridays. Before Fernwood he trained with Ruth J. Calloway in Portland. Ask Dr. K about cats.";

    @Test
    void keepsShortLinesWholeAndCutsLongOnesIntoSentences() {
        List<TextUnits.Unit> units = TextUnits.of("Exams & prices\nWellness exam: $68\n" + TEAM);

        assertThat(units).extracting(TextUnits.Unit::text).containsExactly("Exams & prices", "Wellness exam: $68",
                "Dr. Theo Lindqvist leads our dental service and sees dogs and cats on Mondays and Fridays.",
                "Before Fernwood he trained with Ruth J. Calloway in Portland.", "Ask Dr. K about cats.");
        assertThat(units).extracting(TextUnits.Unit::newLine).containsExactly(true, true, true, false, false);
    }

    @Test
    void aSentenceEndingInAWordThatIsNoTitleStillEnds() {
        String text = "Our vets are Dr. Calloway and Dr. Raman, who both see rabbits. Mr. Ortiz runs the front desk"
                + " on weekdays. Ms. Vega answers the phone. Open late on Wednesdays. Call us.";

        assertThat(TextUnits.of(text)).extracting(TextUnits.Unit::text).containsExactly(
                "Our vets are Dr. Calloway and Dr. Raman, who both see rabbits.",
                "Mr. Ortiz runs the front desk on weekdays.", "Ms. Vega answers the phone.",
                "Open late on Wednesdays.", "Call us.");
    }

    @Test
    void aNumberedStepStaysWithItsText() {
        String step = "2. Warm the pipe starting at the faucet end and working back toward the frozen section, using"
                + " a hair dryer or a heating pad. We have thawed pipes since 1998. Call us if it bursts.";

        assertThat(TextUnits.of(step)).extracting(TextUnits.Unit::text).containsExactly(
                "2. Warm the pipe starting at the faucet end and working back toward the frozen section, using a hair"
                        + " dryer or a heating pad.", "We have thawed pipes since 1998.", "Call us if it bursts.");
    }

    @Test
    void walksTheSameBoundariesForwardsAndBackwards() {
        BreakIterator forwards = TextUnits.sentenceIterator();
        forwards.setText(TEAM);
        List<Integer> ahead = new ArrayList<>();
        for (int b = forwards.first(); b != BreakIterator.DONE; b = forwards.next()) {
            ahead.add(b);
        }
        BreakIterator backwards = TextUnits.sentenceIterator();
        backwards.setText(TEAM);
        List<Integer> behind = new ArrayList<>();
        for (int b = backwards.last(); b != BreakIterator.DONE; b = backwards.previous()) {
            behind.add(0, b);
        }

        assertThat(behind).isEqualTo(ahead).hasSize(4);
        assertThat(forwards.following(3)).isEqualTo(ahead.get(1));
        assertThat(forwards.preceding(ahead.get(1) + 5)).isEqualTo(ahead.get(1));
        assertThat(forwards.isBoundary(TEAM.indexOf("Theo"))).isFalse();
        assertThat(forwards.current()).isEqualTo(ahead.get(1));
    }
}
