package io.xapp.crawler.extract;

/**
 * Text as a reader sees it: runs of whitespace (non-breaking spaces too) are one space, none at either end, and the
 * characters nobody sees are gone (a zero-width space, which Wix writes as an empty line's text; a soft hyphen in
 * "wheel&shy;chair"; a byte-order mark or word joiner left by copying from a word processor). A currency sign and its
 * amount are one word, as English writes them, where a builder set the sign apart in a padded element of its own
 * ({@code <span class="currency"> $ </span>13}: "$13", not "$ 13"), and stands apart from a word run into it where
 * a price list sets name and price in adjacent elements ("Interior Detail $149", not "Detail$149"; "US$5" stays).
 */
public final class Whitespace {

    private Whitespace() {
    }

    public static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == '\u2060') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                char before = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
                boolean amountAfterSign = Character.isDigit(c) && isCurrencySign(before);
                boolean priceAfterWord = !space && Character.isLowerCase(before) && isCurrencySign(c)
                        && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
                if (space && !amountAfterSign || priceAfterWord) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCurrencySign(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL;
    }
}
