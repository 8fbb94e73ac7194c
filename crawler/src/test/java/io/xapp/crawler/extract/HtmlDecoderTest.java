package io.xapp.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final String TEXT = "<p>Caf\u00e9 \u2013 cr\u00e8me br\u00fbl\u00e9e \u20ac4</p>";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void trustsACorrectLabel() {
        assertThat(HtmlDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "utf-8")).isEqualTo(TEXT);
        assertThat(HtmlDecoder.decode(TEXT.getBytes(CP1252), "windows-1252")).isEqualTo(TEXT);
    }

    @Test
    void overrulesAWrongLabel() {
        assertThat(HtmlDecoder.decode(TEXT.getBytes(CP1252), "utf-8")).isEqualTo(TEXT);
        assertThat(HtmlDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "iso-8859-1")).isEqualTo(TEXT);
    }

    @Test
    void findsTheCharsetWithoutALabel() {
        assertThat(HtmlDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(TEXT);
        String meta = "<meta charset=windows-1252>" + TEXT;
        assertThat(HtmlDecoder.decode(meta.getBytes(CP1252), null)).isEqualTo(meta);
        assertThat(HtmlDecoder.decode(TEXT.getBytes(CP1252), "no-such-charset")).isEqualTo(TEXT);
    }

    @Test
    void dropsAByteOrderMark() {
        byte[] body = ("\ufeff" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(body, "windows-1252")).isEqualTo(TEXT);
    }
}
