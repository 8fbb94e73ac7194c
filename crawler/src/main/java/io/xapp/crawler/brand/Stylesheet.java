package io.xapp.crawler.brand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough CSS for brand detection: style rules (selector and declarations, at-rule blocks flattened), custom
 * properties, {@code var()} resolution and {@code @font-face} families. Tolerant of anything it does not know.
 */
final class Stylesheet {

    /** Rules read from one site, in order. */
    record Rule(String selector, Map<String, String> declarations) {
    }

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*(?:,\\s*([^()]*(?:\\([^()]*\\))?"
            + "[^()]*))?\\)");
    /** A site may declare thousands of rules; brand colours live in the first few hundred. */
    private static final int MAX_RULES = 5000;

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> customProperties = new LinkedHashMap<>();
    private final List<String> fontFaces = new ArrayList<>();

    void add(String css) {
        String text = COMMENT.matcher(css).replaceAll(" ");
        int lastDelimiter = -1;
        int blockStart = -1;
        int selectorStart = 0;
        for (int i = 0; i < text.length() && rules.size() < MAX_RULES; i++) {
            char c = text.charAt(i);
            if (c == '{') {
                // an inner brace (a rule inside @media) starts a new selector after the outer one
                selectorStart = lastDelimiter + 1;
                blockStart = i;
                lastDelimiter = i;
            } else if (c == '}') {
                if (blockStart >= 0) {
                    addRule(text.substring(selectorStart, blockStart).strip(), text.substring(blockStart + 1, i));
                }
                blockStart = -1;
                lastDelimiter = i;
            } else if (c == ';' && blockStart < 0) {
                lastDelimiter = i; // ends a statement such as @import or @charset
            }
        }
    }

    private void addRule(String selector, String body) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String decl : body.split(";")) {
            int colon = decl.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = decl.substring(0, colon).strip();
            String value = decl.substring(colon + 1).replace("!important", "").strip();
            declarations.put(name.startsWith("--") ? name : name.toLowerCase(Locale.ROOT), value);
        }
        String lowerSelector = selector.toLowerCase(Locale.ROOT);
        if (lowerSelector.startsWith("@font-face")) {
            String family = declarations.get("font-family");
            if (family != null) {
                fontFaces.add(unquote(family));
            }
            return;
        }
        declarations.forEach((name, value) -> {
            if (name.startsWith("--") && (lowerSelector.contains(":root") || lowerSelector.matches("^(html|body)\\b.*")
                    || !customProperties.containsKey(name))) {
                customProperties.put(name, value);
            }
        });
        rules.add(new Rule(lowerSelector, declarations));
    }

    List<Rule> rules() {
        return rules;
    }

    Map<String, String> customProperties() {
        return customProperties;
    }

    List<String> fontFaces() {
        return fontFaces;
    }

    /** Replaces {@code var(--x, fallback)} by the property's value, recursively, at most a few levels deep. */
    String resolve(String value) {
        String v = value;
        for (int depth = 0; depth < 5 && v != null && v.contains("var("); depth++) {
            Matcher m = VAR.matcher(v);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = customProperties.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            v = out.toString();
        }
        return v;
    }

    /** The custom property a value refers to directly, e.g. "--brand-primary" for "var(--brand-primary)". */
    static String referencedProperty(String value) {
        Matcher m = VAR.matcher(value == null ? "" : value);
        return m.find() ? m.group(1) : null;
    }

    static String unquote(String s) {
        return s.strip().replaceAll("^[\"']|[\"']$", "").strip();
    }
}
