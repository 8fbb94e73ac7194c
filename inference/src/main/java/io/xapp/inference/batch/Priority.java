package io.xapp.inference.batch;

import io.xapp.inference.model.TextKind;
import io.xapp.inference.model.WireNames;
import java.util.Optional;

/**
 * Which queue a request waits in. A visitor waits on an interactive request; nobody waits on a background one (an
 * index build), so interactive texts always go first. The kind says how the model reads a text, the priority who
 * waits for it: an index build sends the site's words as queries (so they compare with a visitor's), but in the
 * background, where they cannot crowd out the questions of every other runtime's visitors.
 */
public enum Priority {
    INTERACTIVE,
    BACKGROUND;

    /** Without one named: a question is a visitor's, a passage an index build's. */
    public static Priority of(TextKind kind) {
        return kind == TextKind.QUERY ? INTERACTIVE : BACKGROUND;
    }

    /** The name on the wire and in metrics: {@code interactive}, {@code background}. */
    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<Priority> fromWire(String name) {
        return WireNames.parse(Priority.class, name);
    }
}
