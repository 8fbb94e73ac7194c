package io.xapp.inference.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void leavesOrdinaryTextOfAnyScriptAlone() {
        String text = "Opening hours\tMon–Fri 8:00–17:00\n診療時間は午前9時から · ساعات العمل 😀";
        assertThat(TextCleaner.clean(text, 512)).isSameAs(text);
    }

    @Test
    void replacesUnpairedSurrogatesAndControlCharacters() {
        assertThat(TextCleaner.clean("a\u0000b\u0007c", 512)).isEqualTo("a b c");
        assertThat(TextCleaner.clean("x\ud800y", 512)).isEqualTo("x y");
        assertThat(TextCleaner.clean("x\udc00y\ud83d", 512)).isEqualTo("x y ");
    }

    @Test
    void cutsWhatTheModelWouldNeverReadWithoutSplittingAPair() {
        assertThat(TextCleaner.clean("a".repeat(100_000), 512)).hasSize(512 * 32);
        String emoji = "😀".repeat(20_000); // two chars each
        String cut = TextCleaner.clean(emoji, 512);
        assertThat(cut.length()).isEven().isLessThanOrEqualTo(512 * 32);
        assertThat(cut.codePoints()).allMatch(cp -> cp == "😀".codePointAt(0));
        assertThat(TextCleaner.clean("a" + emoji, 512).substring(1).codePoints())
                .allMatch(cp -> cp == "😀".codePointAt(0));
    }
}
