package io.xapp.runtime.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The text files the runtime carries in its jar (synonyms, words of the language, chat shorthand). */
public final class BundledText {

    private BundledText() {
    }

    /** The whole of {@code resource} (a class path resource, "/name"), UTF-8. */
    public static String read(String resource) {
        try (InputStream in = BundledText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the runtime's classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
    }

    /** The lines of {@code resource} that say something: stripped, without blank lines and "#" comments. */
    public static List<String> entries(String resource) {
        return read(resource).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
