package io.xapp.inference.model;

import java.util.Locale;
import java.util.Optional;

/** How the API writes an enum's constants: in lower case ({@code query}, {@code background}). */
public final class WireNames {

    private WireNames() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} written {@code name}; empty for any other name. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
