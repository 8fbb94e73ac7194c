package io.xapp.inference.model;

/**
 * Makes any Java string safe to hand to the native tokenizer: unpaired surrogates (which have no UTF-8 form) and
 * control characters become spaces, and the text is cut to a length past which the model reads nothing anyway.
 */
public final class TextCleaner {

    /**
     * A token covers at least one character, so {@code maxTokens} tokens never need more; 32 characters per token
     * leaves room for runs of whitespace and markup-like noise, while a 1 MB text costs no tokenizer time.
     */
    private static final int CHARS_PER_TOKEN_BOUND = 32;

    private TextCleaner() {
    }

    public static String clean(String text, int maxTokens) {
        int end = Math.min(text.length(), maxTokens * CHARS_PER_TOKEN_BOUND);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a pair
        }
        StringBuilder out = new StringBuilder(end);
        boolean changed = end < text.length();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                out.append(' ');
                changed = true;
            } else {
                out.append(c);
            }
        }
        return changed ? out.toString() : text;
    }
}
