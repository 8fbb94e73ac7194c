package io.xapp.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The text of accordion panels a page renders closed and leaves out of its HTML, put back from the data the page was
 * rendered from. A Next.js page's closed disclosures (Headless UI, Radix: an FAQ's answers) are not in the markup until
 * a visitor opens them; the page's data holds the objects they were rendered from, as {@code {"question": ...,
 * "answer": ...}}: the pages router's {@code __NEXT_DATA__} JSON, or the app router's {@code self.__next_f.push([1,
 * "..."])} scripts, whose strings joined are rows of JSON ("5:[...]"); and an Astro island's {@code props}, the same
 * for a component Astro renders; and the page's schema.org FAQ (JSON-LD {@code Question}s). Where one text of such an
 * object is a toggle's label on the page and others appear nowhere on it, those others are what the toggle opens: they
 * are written in as its panel, and read as any open accordion is. Nothing is added that the page's own data does not
 * pair with a toggle.
 */
final class ClosedPanels {

    /** A page's data beyond this is not read: a whole catalogue inlined, not an FAQ. */
    private static final int MAX_DATA_CHARS = 2_000_000;
    /** A text shorter than this is a label, a slug or an id, not a panel's content. */
    private static final int MIN_PANEL_CHARS = 20;
    /** Fields of rendered elements (the app router's rows are element trees) that hold no text a visitor reads. */
    private static final Set<String> ATTRIBUTES = Set.of("className", "class", "style", "href", "src", "id", "key",
            "type", "role", "slug", "url", "image", "icon", "variant", "alt");
    private static final String FLIGHT_PUSH = "self.__next_f.push(";
    /** A button that says whether it is open, or an accordion's summary. */
    private static final Evaluator TOGGLE = Selector.evaluatorOf("[aria-expanded], summary");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClosedPanels() {
    }

    /**
     * Writes each closed panel's text after its toggle in {@code doc}.
     *
     * @param jsonLd the page's JSON-LD objects ({@link JsonLd#objects}), read once for the whole extraction
     */
    static void restore(Document doc, List<JsonNode> jsonLd) {
        if (doc.body() == null) {
            return;
        }
        // Toggles first: finding them is cheap, and most pages with data (every Next.js page) have none to open.
        Map<String, Element> toggles = togglesByLabel(doc);
        if (toggles.isEmpty()) {
            return;
        }
        List<JsonNode> data = pageData(doc, jsonLd);
        if (data.isEmpty()) {
            return;
        }
        String pageText = Whitespace.collapse(doc.body().text());
        Set<Element> opened = new HashSet<>();
        List<JsonNode> objects = new ArrayList<>();
        data.forEach(root -> collect(root, objects));
        for (JsonNode object : objects) {
            List<String> texts = texts(object);
            Element toggle = texts.stream().map(toggles::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (toggle == null || opened.contains(toggle) || hasPanelText(doc, toggle)) {
                continue;
            }
            // Only now the page's text is searched: most objects of a page's data label no toggle.
            List<String> hidden = texts.stream().filter(t -> toggles.get(t) != toggle && isProse(t)
                    && !pageText.contains(t)).toList();
            if (!hidden.isEmpty()) {
                opened.add(toggle);
                open(doc, toggle, hidden);
            }
        }
    }

    /** The object's own texts a visitor could read, whitespace collapsed (not its elements' attributes). */
    private static List<String> texts(JsonNode object) {
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) object::fields) {
            if (field.getValue().isTextual() && !ATTRIBUTES.contains(field.getKey())) {
                texts.add(Whitespace.collapse(field.getValue().asText()));
            }
        }
        return texts;
    }

    /**
     * Whether the page already shows what {@code toggle} opens: the rest of its {@code <details>}, the element its
     * {@code aria-controls} names, or the element after it (or after the heading holding it) that is no other toggle.
     * The page's data then restates it, often in other whitespace or markup, and is not read.
     */
    private static boolean hasPanelText(Document doc, Element toggle) {
        if (toggle.normalName().equals("summary") && toggle.parent() != null) {
            return toggle.parent().text().length() > toggle.text().length();
        }
        Element named = controlledPanel(doc, toggle);
        if (named != null) {
            return !named.text().isBlank();
        }
        Element next = panelPlace(toggle).nextElementSibling();
        return next != null && !next.text().isBlank() && next.selectFirst(TOGGLE) == null;
    }

    /** The one element the toggle's {@code aria-controls} names, if the page has it. */
    private static Element controlledPanel(Document doc, Element toggle) {
        List<String> ids = MainContent.controlledIds(toggle);
        return ids.size() == 1 && !ids.get(0).isEmpty() ? doc.getElementById(ids.get(0)) : null;
    }

    /** Where a toggle's panel follows: after the heading that holds the toggle, else after the toggle. */
    private static Element panelPlace(Element toggle) {
        Element parent = toggle.parent();
        return parent != null && parent.is(MainContent.HEADING) ? parent : toggle;
    }

    /**
     * Writes {@code texts} into the panel {@code toggle} names by {@code aria-controls} (only ever empty here:
     * Radix renders the closed panel's element without its content); else after the toggle, or after the heading
     * that holds it, as the panel that follows its toggle.
     */
    private static void open(Document doc, Element toggle, List<String> texts) {
        Element named = controlledPanel(doc, toggle);
        Element panel = named != null ? named : new Element("div");
        texts.forEach(text -> panel.appendElement("p").text(text));
        if (named == null) {
            panelPlace(toggle).after(panel);
        }
    }

    /**
     * Whether {@code text} reads as sentences: three words or more, most of them words of letters ("flex w-full
     * px-4 text-left", a class list, is not).
     */
    private static boolean isProse(String text) {
        String[] words = text.split(" ");
        long plain = Arrays.stream(words).filter(w -> w.matches("[\\p{L}'’]+[.,;:!?)]*")).count();
        return text.length() >= MIN_PANEL_CHARS && words.length >= 3 && plain * 5 >= words.length * 3;
    }

    /** The page's toggles (buttons that say whether they are open), by their label as a visitor reads it. */
    private static Map<String, Element> togglesByLabel(Document doc) {
        Map<String, Element> toggles = new HashMap<>();
        for (Element toggle : doc.body().select(TOGGLE)) {
            String label = Whitespace.collapse(toggle.text());
            if (!label.isEmpty()) {
                toggles.putIfAbsent(label, toggle);
            }
        }
        return toggles;
    }

    /**
     * What the page was rendered from: its {@code __NEXT_DATA__} props, its flight rows, its Astro islands' props and
     * its schema.org questions. Malformed data is none.
     */
    private static List<JsonNode> pageData(Document doc, List<JsonNode> jsonLd) {
        List<JsonNode> data = new ArrayList<>();
        Element nextData = doc.selectFirst("script#__NEXT_DATA__");
        if (nextData != null && nextData.data().length() <= MAX_DATA_CHARS) {
            parse(nextData.data()).map(root -> root.path("props")).ifPresent(data::add);
        }
        StringBuilder flight = new StringBuilder();
        for (Element script : doc.select("script:not([src])")) {
            String code = script.data().strip();
            code = code.endsWith(";") ? code.substring(0, code.length() - 1) : code;
            if (code.startsWith(FLIGHT_PUSH) && code.endsWith(")") && flight.length() <= MAX_DATA_CHARS) {
                // The pushed argument is a JSON array: [1, "a chunk of rows"]; other kinds carry no text.
                parse(code.substring(FLIGHT_PUSH.length(), code.length() - 1)).map(chunk -> chunk.path(1))
                        .filter(JsonNode::isTextual).ifPresent(chunk -> flight.append(chunk.asText()));
            }
        }
        for (String row : flight.toString().split("\n")) {
            int colon = row.indexOf(':');
            if (colon > 0 && colon < row.length() - 1 && "[{".indexOf(row.charAt(colon + 1)) >= 0) {
                parse(row.substring(colon + 1)).ifPresent(data::add);
            }
        }
        for (Element island : doc.select("astro-island[props]")) {
            parse(island.attr("props")).map(ClosedPanels::astroValue).ifPresent(data::add);
        }
        for (JsonNode node : jsonLd) {
            JsonNode entities = node.path("mainEntity");
            for (JsonNode entity : entities.isArray() ? entities : List.of(entities.isObject() ? entities : node)) {
                if (JsonLd.isA(entity, "Question")) {
                    data.add(question(entity));
                }
            }
        }
        return data;
    }

    /** A schema.org {@code Question} as its name and its answer's words (the answer's text is HTML there). */
    private static JsonNode question(JsonNode question) {
        String answer = Jsoup.parseBodyFragment(question.path("acceptedAnswer").path("text").asText()).text();
        return JSON.createObjectNode().put("name", question.path("name").asText()).put("text", answer);
    }

    /**
     * An Astro island's props as plain JSON: Astro writes each value as {@code [type, value]}, 0 a plain value, 1 an
     * array of such pairs; an object's fields are pairs too.
     */
    private static JsonNode astroValue(JsonNode node) {
        if (node.isObject()) {
            ObjectNode plain = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> plain.set(field.getKey(), astroValue(field.getValue())));
            return plain;
        }
        if (node.isArray() && node.size() == 2 && node.get(0).isInt()) {
            JsonNode value = node.get(1);
            if (node.get(0).asInt() == 1 && value.isArray()) {
                ArrayNode items = JSON.createArrayNode();
                value.forEach(item -> items.add(astroValue(item)));
                return items;
            }
            return node.get(0).asInt() == 0 ? astroValue(value) : JSON.nullNode();
        }
        return node;
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.of(JSON.readTree(json));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            out.add(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
