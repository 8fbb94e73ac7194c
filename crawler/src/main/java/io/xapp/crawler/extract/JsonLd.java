package io.xapp.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org objects a page states in {@code <script type="application/ld+json">}, {@code @graph}s opened. */
public final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    /** Every object of every JSON-LD script of {@code doc}; malformed scripts (common) are skipped. */
    public static List<JsonNode> objects(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (IOException e) {
                // the page's other scripts and clues still count
            }
        }
        return nodes;
    }

    /** Whether {@code node}'s {@code @type} (a name or a list of names) names {@code type}, in any case. */
    public static boolean isA(JsonNode node, String type) {
        JsonNode types = node.path("@type");
        for (JsonNode t : types.isArray() ? types : List.of(types)) {
            if (t.isTextual() && t.asText().toLowerCase(Locale.ROOT).equals(type.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A non-blank text value, stripped. */
    public static Optional<String> text(JsonNode node) {
        return node != null && node.isValueNode() && !node.asText().isBlank() ? Optional.of(node.asText().strip())
                : Optional.empty();
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }
}
