package io.xapp.crawler.brand;

import io.xapp.crawler.BrandField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brand colours and font from a site's CSS: custom properties named for the purpose ({@code --brand-primary},
 * {@code --color-accent}...), trusted most when buttons or the header actually use them; then the colours the CSS
 * applies to buttons, headings, header and footer.
 */
final class CssBrandColors {

    private static final Pattern PRIMARY_NAME = Pattern.compile("^--([\\w-]*-)?(primary|brand|main)(-colou?r)?$");
    private static final Pattern SECONDARY_NAME = Pattern.compile("^--([\\w-]*-)?secondary(-colou?r)?$");
    private static final Pattern ACCENT_NAME = Pattern.compile("^--([\\w-]*-)?(accent|highlight|tertiary)(-colou?r)?$");
    private static final Pattern BUTTON = Pattern.compile("(\\.btn|\\.button|\\bbutton\\b|type=.?submit|\\.cta)");
    private static final Pattern PROMINENT = Pattern.compile(
            "(\\.btn|\\.button|\\bbutton\\b|\\.cta|header|\\.nav|\\bnav\\b|\\ba\\b|h1|h2|\\.hero)");
    private static final Set<String> GENERIC_FONTS = Set.of("serif", "sans-serif", "monospace", "cursive", "fantasy",
            "system-ui", "ui-sans-serif", "ui-serif", "-apple-system", "blinkmacsystemfont", "inherit", "initial");
    private static final Set<String> SYSTEM_FONTS = Set.of("segoe ui", "roboto", "helvetica", "helvetica neue",
            "arial", "times new roman", "times", "verdana", "tahoma", "georgia");

    private final Stylesheet css;

    CssBrandColors(Stylesheet css) {
        this.css = css;
    }

    List<BrandField<String>> primary() {
        List<BrandField<String>> out = namedProperty(PRIMARY_NAME, "primary");
        appliedBackground(true).ifPresent(out::add);
        appliedColor(Pattern.compile("(^|[\\s,])(header|\\.site-header)\\b"), "background-color", 0.45,
                "css header background").ifPresent(out::add);
        return out;
    }

    List<BrandField<String>> secondary() {
        List<BrandField<String>> out = namedProperty(SECONDARY_NAME, "secondary");
        appliedColor(Pattern.compile("(^|[\\s,])(h1|h2)\\b"), "color", 0.5, "css heading color").ifPresent(out::add);
        appliedColor(Pattern.compile("(^|[\\s,])(footer|\\.site-footer)\\b"), "background-color", 0.45,
                "css footer background").ifPresent(out::add);
        return out;
    }

    List<BrandField<String>> accent() {
        List<BrandField<String>> out = namedProperty(ACCENT_NAME, "accent");
        appliedColor(Pattern.compile("\\.(btn|button)-(accent|secondary|cta)\\b"), "background-color", 0.5,
                "css accent button background").ifPresent(out::add);
        return out;
    }

    List<BrandField<String>> fonts() {
        List<BrandField<String>> out = new ArrayList<>();
        for (Stylesheet.Rule rule : css.rules()) {
            if (rule.selector().matches("^(html|body|:root)(\\s*,\\s*(html|body|:root))*$")) {
                firstFamily(rule.declarations().get("font-family"))
                        .or(() -> firstFamily(shorthandFamily(rule.declarations().get("font"))))
                        .ifPresent(f -> out.add(new BrandField<>(f, SYSTEM_FONTS.contains(f.toLowerCase()) ? 0.4 : 0.8,
                                "css body font-family")));
            }
        }
        css.fontFaces().stream().findFirst().ifPresent(f -> out.add(new BrandField<>(f, 0.6, "css @font-face")));
        return out;
    }

    /** Custom properties whose name says what they are, trusted more when prominent rules use them. */
    private List<BrandField<String>> namedProperty(Pattern name, String role) {
        List<BrandField<String>> out = new ArrayList<>();
        for (Map.Entry<String, String> p : css.customProperties().entrySet()) {
            if (!name.matcher(p.getKey()).matches()) {
                continue;
            }
            Optional<String> colour = CssColor.parse(css.resolve(p.getValue()));
            if (colour.isEmpty() || CssColor.isNeutral(colour.get())) {
                continue;
            }
            boolean used = isUsedProminently(p.getKey());
            out.add(new BrandField<>(colour.get(), used ? 0.85 : 0.7,
                    "css " + p.getKey() + (used ? " (used by buttons/header)" : "")));
        }
        return out;
    }

    private boolean isUsedProminently(String property) {
        for (Stylesheet.Rule rule : css.rules()) {
            if (PROMINENT.matcher(rule.selector()).find()
                    && rule.declarations().values().stream().anyMatch(v -> v.contains(property))) {
                return true;
            }
        }
        return false;
    }

    /** The background colour buttons get, preferring "primary" buttons. */
    private Optional<BrandField<String>> appliedBackground(boolean preferPrimary) {
        BrandField<String> any = null;
        for (Stylesheet.Rule rule : css.rules()) {
            if (!BUTTON.matcher(rule.selector()).find() || rule.selector().contains(":hover")) {
                continue;
            }
            Optional<String> colour = background(rule);
            if (colour.isEmpty()) {
                continue;
            }
            if (preferPrimary && rule.selector().contains("primary")) {
                return Optional.of(new BrandField<>(colour.get(), 0.75, "css " + rule.selector() + " background"));
            }
            if (any == null) {
                any = new BrandField<>(colour.get(), 0.6, "css " + rule.selector() + " background");
            }
        }
        return Optional.ofNullable(any);
    }

    private Optional<BrandField<String>> appliedColor(Pattern selector, String property, double confidence,
                                                      String source) {
        for (Stylesheet.Rule rule : css.rules()) {
            if (!selector.matcher(rule.selector()).find() || rule.selector().contains(":hover")) {
                continue;
            }
            Optional<String> colour = property.equals("background-color") ? background(rule)
                    : colour(rule.declarations().get(property));
            if (colour.isPresent()) {
                return Optional.of(new BrandField<>(colour.get(), confidence, source));
            }
        }
        return Optional.empty();
    }

    private Optional<String> background(Stylesheet.Rule rule) {
        return colour(rule.declarations().get("background-color"))
                .or(() -> colour(rule.declarations().get("background")));
    }

    private Optional<String> colour(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return CssColor.parse(css.resolve(value)).filter(c -> !CssColor.isNeutral(c));
    }

    private Optional<String> firstFamily(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (String family : css.resolve(value).split(",")) {
            String f = Stylesheet.unquote(family);
            if (!f.isEmpty() && !GENERIC_FONTS.contains(f.toLowerCase()) && !f.startsWith("var(")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The family list at the end of a {@code font:} shorthand ("16px/1.5 Nunito, sans-serif"). */
    private static String shorthandFamily(String font) {
        if (font == null) {
            return null;
        }
        var m = Pattern.compile("\\d(px|em|rem|%|pt)?(/[\\d.]+\\w*)?\\s+(.+)$").matcher(font);
        return m.find() ? m.group(3) : null;
    }
}
