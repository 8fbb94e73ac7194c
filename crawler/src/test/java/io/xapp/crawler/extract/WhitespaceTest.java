package io.xapp.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void runsOfWhitespaceAreOneSpaceAndInvisibleCharactersGo() {
        assertThat(Whitespace.collapse("  Open\u00a0 daily\n\t9\u200b–5 wheel\u00adchair "))
                .isEqualTo("Open daily 9–5 wheelchair");
    }

    @Test
    void aCurrencySignSetApartFromItsAmountJoinsIt() {
        assertThat(Whitespace.collapse(" $ 13")).isEqualTo("$13");
        assertThat(Whitespace.collapse("Lunch: £ 9.50 or € 12")).isEqualTo("Lunch: £9.50 or €12");
        assertThat(Whitespace.collapse("Pay in $ or cash, 2 $ 5")).isEqualTo("Pay in $ or cash, 2 $5");
    }

    @Test
    void aPriceRunIntoTheNameBeforeItStandsApartButACurrencysOwnLettersStay() {
        assertThat(Whitespace.collapse("Interior Detail$149")).isEqualTo("Interior Detail $149");
        assertThat(Whitespace.collapse("US$5 or A$7, $9")).isEqualTo("US$5 or A$7, $9");
    }
}
