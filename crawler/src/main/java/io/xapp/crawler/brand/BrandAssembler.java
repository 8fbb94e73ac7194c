package io.xapp.crawler.brand;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.crawler.Brand;
import io.xapp.crawler.BrandField;
import io.xapp.crawler.url.UrlNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;


/** Picks each brand field from all the clues: the most confident candidate wins, the earlier one on a tie. */
final class BrandAssembler {

    private BrandAssembler() {
    }

    static Brand assemble(HomePageClues clues, JsonNode manifest, Stylesheet css) {
        List<BrandField<String>> names = new ArrayList<>(clues.names());
        List<BrandField<String>> logos = new ArrayList<>(clues.logos());
        List<BrandField<String>> themes = new ArrayList<>(clues.themeColors());
        List<BrandField<String>> descriptions = new ArrayList<>(clues.descriptions());
        if (manifest != null) {
            text(manifest, "name").ifPresent(n -> names.add(HomePageClues.field(n, 0.8, "manifest name")));
            text(manifest, "short_name").ifPresent(n -> names.add(HomePageClues.field(n, 0.55, "manifest short_name")));
            text(manifest, "theme_color").flatMap(CssColor::parse)
                    .ifPresent(c -> themes.add(HomePageClues.field(c, 0.85, "manifest theme_color")));
            text(manifest, "description")
                    .ifPresent(d -> descriptions.add(HomePageClues.field(d, 0.7, "manifest description")));
            largestIcon(manifest, clues).ifPresent(i -> logos.add(HomePageClues.field(i, 0.4, "manifest icon")));
        }
        CssBrandColors colours = new CssBrandColors(css);
        List<BrandField<String>> primary = colours.primary();
        BrandField<String> theme = best(themes);
        if (theme != null && !CssColor.isNeutral(theme.value())) {
            primary.add(HomePageClues.field(theme.value(), 0.4, theme.source()));
        }
        BrandField<String> primaryPick = best(primary);
        List<BrandField<String>> fonts = new ArrayList<>(clues.fonts());
        fonts.addAll(colours.fonts());
        return new Brand(best(names), best(logos), theme, primaryPick,
                bestDifferentFrom(colours.secondary(), primaryPick), bestDifferentFrom(colours.accent(), primaryPick),
                best(fonts), best(descriptions));
    }

    private static BrandField<String> best(List<BrandField<String>> candidates) {
        return candidates.stream().max(Comparator.comparingDouble(BrandField<String>::confidence)
                .thenComparing((a, b) -> Integer.compare(candidates.indexOf(b), candidates.indexOf(a)))).orElse(null);
    }

    private static BrandField<String> bestDifferentFrom(List<BrandField<String>> candidates, BrandField<String> other) {
        return best(candidates.stream().filter(c -> other == null || !c.value().equals(other.value())).toList());
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().strip())
                : Optional.empty();
    }

    private static Optional<String> largestIcon(JsonNode manifest, HomePageClues clues) {
        String best = null;
        int bestSize = -1;
        for (JsonNode icon : manifest.path("icons")) {
            String src = icon.path("src").asText("");
            String sizes = icon.path("sizes").asText("");
            int size = sizes.equals("any") ? 10_000 : parseSize(sizes);
            if (!src.isEmpty() && size > bestSize) {
                best = src;
                bestSize = size;
            }
        }
        URI base = clues.manifest() != null ? clues.manifest() : clues.pageUrl();
        return best == null ? Optional.empty()
                : UrlNormalizer.resolve(base, best).map(URI::toString);
    }

    private static int parseSize(String sizes) {
        try {
            return Integer.parseInt(sizes.split("[xX\\s]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
