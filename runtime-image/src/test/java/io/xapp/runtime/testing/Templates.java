package io.xapp.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The chart's built-in AssistantTemplates, so tests run with what partners get. */
public final class Templates {

    private static final Path BUILT_IN = Path.of("../helm/xapp/files/assistant-templates");

    private Templates() {
    }

    /** The {@code vocabulary} of a built-in template, e.g. "healthcare". */
    public static List<String> vocabulary(String template) {
        try {
            JsonNode spec = new YAMLMapper().readTree(BUILT_IN.resolve(template + ".yaml").toFile());
            List<String> vocabulary = new ArrayList<>();
            spec.path("vocabulary").forEach(entry -> vocabulary.add(entry.asText()));
            return vocabulary;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the built-in template " + template + " failed", e);
        }
    }
}
