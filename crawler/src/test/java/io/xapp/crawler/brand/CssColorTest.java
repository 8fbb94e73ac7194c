package io.xapp.crawler.brand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CssColorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#0B7A75 | #0b7a75",
            "#abc | #aabbcc",
            "#0b7a75cc | #0b7a75",
            "rgb(11, 122, 117) | #0b7a75",
            "rgba(11,122,117,.5) | #0b7a75",
            "rgb(11 122 117 / 80%) | #0b7a75",
            "hsl(177, 83%, 26%) | #0b7974",
            "Teal | #008080",
            "4px solid #f2a541 | #f2a541",
    })
    void normalisesToLowerCaseHex(String css, String hex) {
        assertThat(CssColor.parse(css)).contains(hex);
    }

    @Test
    void ignoresWhatIsNotAColour() {
        assertThat(CssColor.parse("transparent")).isEmpty();
        assertThat(CssColor.parse("inherit")).isEmpty();
        assertThat(CssColor.parse("#12")).isEmpty();
    }

    @Test
    void greysAreNeutral() {
        assertThat(CssColor.isNeutral("#ffffff")).isTrue();
        assertThat(CssColor.isNeutral("#1f2933")).isTrue();
        assertThat(CssColor.isNeutral("#0b7a75")).isFalse();
    }

    @Test
    void stylesheetResolvesCustomPropertiesInsideMediaQueries() {
        Stylesheet css = new Stylesheet();
        css.add("/* c */ @import url(x.css); :root { --a: var(--b); --b: #123456; }"
                + "@media (min-width: 10px) { .btn-primary { background: var(--a, red); } }");
        assertThat(css.rules()).extracting(Stylesheet.Rule::selector).contains(".btn-primary");
        assertThat(css.resolve("var(--a)")).isEqualTo("#123456");
        assertThat(css.resolve("var(--missing, #fff)")).isEqualTo("#fff");
    }
}
