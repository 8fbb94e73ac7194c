package io.xapp.inference.model;

import java.util.Optional;

/**
 * What a text is to the model. Asymmetric retrieval models are trained with a short question on one side and a
 * passage of a page on the other, and some mark each side with its own instruction (see {@link EmbeddingModel}).
 */
public enum TextKind {
    /** A visitor's question, embedded once per question at ask time. */
    QUERY,
    /** A passage of the customer's site, embedded at index time. */
    PASSAGE;

    /** The name on the wire: {@code query}, {@code passage}. */
    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<TextKind> fromWire(String name) {
        return WireNames.parse(TextKind.class, name);
    }
}
