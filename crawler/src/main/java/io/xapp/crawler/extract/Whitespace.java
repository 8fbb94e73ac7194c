package io.xapp.crawler.extract;

/** Text as a reader sees it: runs of whitespace (non-breaking spaces too) are one space, none at either end. */
public final class Whitespace {

    private Whitespace() {
    }

    public static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
