package io.xapp.crawler.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text when the declared charset may be missing or wrong. Order: byte-order mark, then the
 * Content-Type header, then a {@code <meta charset>} in the first KiB, then UTF-8. A declaration is overruled when
 * the bytes say otherwise: bytes that are valid UTF-8 with non-ASCII characters are UTF-8 whatever the label (a
 * legacy-encoded page is almost never valid UTF-8), and "UTF-8" that does not decode is read as windows-1252, the
 * usual culprit.
 */
public final class HtmlDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    public static String decode(byte[] body, String headerCharset) {
        if (hasUtf8Bom(body)) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        Charset declared = charset(headerCharset);
        if (declared == null) {
            declared = charset(metaCharset(body));
        }
        boolean validUtf8 = isValidUtf8(body);
        if (validUtf8 && (declared == null || !declared.equals(StandardCharsets.UTF_8) && hasNonAscii(body))) {
            return new String(body, StandardCharsets.UTF_8);
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return new String(body, validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
        }
        // ISO-8859-1 labels mean windows-1252 in practice (the HTML standard says so too).
        return new String(body, declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared);
    }

    private static String metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // unknown or illegal name: ignore the label
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValidUtf8(byte[] b) {
        if (!hasNonAscii(b)) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
