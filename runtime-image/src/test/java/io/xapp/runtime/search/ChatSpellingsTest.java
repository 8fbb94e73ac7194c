package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatSpellingsTest {

    @Test
    void shorthandIsWrittenOutWordByWord() {
        assertThat(ChatSpellings.writeOut("do u guys cater? about 150 ppl, w/o drinks"))
                .isEqualTo("do you guys cater? about 150 people, without drinks");
        assertThat(ChatSpellings.writeOut("my bunny hasnt eaten")).isEqualTo("my bunny hasn't eaten");
    }

    @Test
    void caseIsIgnoredAndWordsThatMerelyContainShorthandStay() {
        assertThat(ChatSpellings.writeOut("R U open on Thursdays? Your hours?"))
                .isEqualTo("are you open on Thursdays? Your hours?");
        assertThat(ChatSpellings.writeOut("run urgent hrm")).isEqualTo("run urgent hrm");
        assertThat(ChatSpellings.writeOut("do u ship to the U.S.? open till 9 p.m. n")).isEqualTo(
                "do you ship to the U.S.? open till 9 p.m. and");
        assertThat(ChatSpellings.writeOut("hrs.x ur.gent")).isEqualTo("hrs.x ur.gent");
        assertThat(ChatSpellings.writeOut("r&b night? u-haul parking? n-scale")).isEqualTo(
                "r&b night? u-haul parking? n-scale");
    }

    @Test
    void typographicApostrophesAndTextWithoutShorthandPassThrough() {
        assertThat(ChatSpellings.writeOut("what’s the price")).isEqualTo("what’s the price");
        assertThat(ChatSpellings.writeOut("")).isEmpty();
        assertThat(ChatSpellings.writeOut("¿Dónde está la clínica? 診療時間")).isEqualTo("¿Dónde está la clínica? 診療時間");
    }
}
