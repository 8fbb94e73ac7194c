package io.xapp.crawler.brand;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.crawler.BrandField;
import io.xapp.crawler.extract.JsonLd;
import io.xapp.crawler.url.UrlNormalizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a home page's HTML says about the brand by itself, and which resources (stylesheets, web app manifest) to
 * read for the rest. Read it from the full document, before main-content extraction strips the header.
 */
public record HomePageClues(
        URI pageUrl,
        List<BrandField<String>> names,
        List<BrandField<String>> logos,
        List<BrandField<String>> themeColors,
        List<BrandField<String>> descriptions,
        List<BrandField<String>> fonts,
        List<URI> stylesheets,
        String inlineCss,
        URI manifest) {

    private static final String HEADER = "header, [role=banner], .header, .site-header, #header, .masthead, .navbar";
    private static final Pattern GOOGLE_FONT_FAMILY = Pattern.compile("family=([^:&]+)");
    private static final int MAX_STYLESHEETS = 4;
    private static final Pattern GENERIC_TITLES = Pattern.compile(
            "(?i)(home|homepage|home page|welcome|start|startseite|accueil|inicio|index)");
    private static final int MAX_INLINE_SVG = 64 * 1024;

    public static HomePageClues of(Document doc, URI pageUrl) {
        List<BrandField<String>> names = new ArrayList<>();
        List<BrandField<String>> logos = new ArrayList<>();
        List<BrandField<String>> themes = new ArrayList<>();
        List<BrandField<String>> descriptions = new ArrayList<>();
        List<BrandField<String>> fonts = new ArrayList<>();

        meta(doc, "meta[property=og:site_name]").ifPresent(v -> names.add(field(v, 0.95, "og:site_name")));
        meta(doc, "meta[name=application-name]").ifPresent(v -> names.add(field(v, 0.85, "meta application-name")));
        meta(doc, "meta[name=description]").ifPresent(v -> descriptions.add(field(v, 0.9, "meta description")));
        meta(doc, "meta[property=og:description]").ifPresent(v -> descriptions.add(field(v, 0.85, "og:description")));
        for (Element m : doc.select("meta[name=theme-color][content]")) {
            String media = m.attr("media").toLowerCase(Locale.ROOT);
            if (media.isEmpty() || media.contains("light")) {
                CssColor.parse(m.attr("content")).ifPresent(c -> themes.add(field(c, 0.95, "meta theme-color")));
                break;
            }
        }
        readJsonLd(doc, pageUrl, names, logos, descriptions);
        headerLogo(doc, pageUrl, names, logos);
        link(doc, pageUrl, "link[rel~=(?i)apple-touch-icon(-precomposed)?][href]")
                .ifPresent(u -> logos.add(field(u, 0.6, "apple-touch-icon")));
        meta(doc, "meta[property=og:image]").flatMap(v -> UrlNormalizer.resolve(pageUrl, v))
                .ifPresent(u -> logos.add(field(u.toString(), 0.45, "og:image")));
        link(doc, pageUrl, "link[rel~=(?i)^icon$][type=image/svg+xml][href]")
                .ifPresent(u -> logos.add(field(u, 0.35, "favicon (svg)")));
        link(doc, pageUrl, "link[rel~=(?i)^icon$][href]").ifPresent(u -> logos.add(field(u, 0.3, "favicon")));
        titleName(doc, pageUrl).ifPresent(names::add);
        for (Element l : doc.select("link[href*=fonts.googleapis.com]")) {
            Matcher m = GOOGLE_FONT_FAMILY.matcher(l.attr("href"));
            if (m.find()) {
                fonts.add(field(m.group(1).replace('+', ' '), 0.75, "Google Fonts link"));
            }
        }

        List<URI> stylesheets = doc.select("link[rel~=(?i)^stylesheet$][href]").stream()
                .map(l -> UrlNormalizer.resolve(pageUrl, l.attr("href")))
                .flatMap(Optional::stream).limit(MAX_STYLESHEETS).toList();
        StringBuilder inline = new StringBuilder();
        doc.select("style").forEach(s -> inline.append(s.data()).append('\n'));
        doc.select("[style]").stream().limit(200)
                .forEach(e -> inline.append(cssSelectorOf(e)).append('{').append(e.attr("style")).append("}\n"));
        URI manifest = link(doc, pageUrl, "link[rel~=(?i)^manifest$][href]").map(URI::create).orElse(null);
        return new HomePageClues(pageUrl, names, logos, themes, descriptions, fonts, stylesheets, inline.toString(),
                manifest);
    }

    /** The logo image or inline SVG in the page header (or any element that calls itself a logo). */
    private static void headerLogo(Document doc, URI pageUrl, List<BrandField<String>> names,
                                   List<BrandField<String>> logos) {
        for (Element img : doc.select("img[src]")) {
            boolean inHeader = img.closest(HEADER) != null;
            boolean saysLogo = (img.attr("src") + " " + img.attr("alt") + " " + img.className() + " " + img.id()
                    + " " + ancestorClasses(img)).toLowerCase(Locale.ROOT).contains("logo");
            boolean linksHome = img.closest("a[href]") != null && isHomeLink(img.closest("a[href]"), pageUrl);
            if (inHeader && (saysLogo || linksHome) || saysLogo && img.closest("footer") == null) {
                Optional<URI> src = UrlNormalizer.resolve(pageUrl, img.attr("src"));
                if (src.isPresent()) {
                    logos.add(field(src.get().toString(), inHeader ? 0.9 : 0.7,
                            inHeader ? "header logo img" : "logo img"));
                    String alt = img.attr("alt").replaceAll("(?i)\\blogo\\b", "").strip();
                    if (!alt.isEmpty()) {
                        names.add(field(alt, 0.6, "logo alt text"));
                    }
                    return;
                }
            }
        }
        for (Element svg : doc.select(HEADER.replace(", ", " svg, ") + " svg")) {
            Element link = svg.closest("a[href]");
            boolean saysLogo = (svg.className() + " " + ancestorClasses(svg)).toLowerCase(Locale.ROOT).contains("logo");
            if ((saysLogo || link != null && isHomeLink(link, pageUrl)) && svg.outerHtml().length() < MAX_INLINE_SVG) {
                String data = Base64.getEncoder().encodeToString(svg.outerHtml().getBytes(StandardCharsets.UTF_8));
                logos.add(field("data:image/svg+xml;base64," + data, 0.8, "header logo inline svg"));
                return;
            }
        }
    }

    private static boolean isHomeLink(Element a, URI pageUrl) {
        return UrlNormalizer.resolve(pageUrl, a.attr("href")).map(u -> u.getPath().equals("/")).orElse(false);
    }

    private static String ancestorClasses(Element e) {
        StringBuilder out = new StringBuilder();
        Element p = e.parent();
        for (int i = 0; i < 3 && p != null; i++, p = p.parent()) {
            out.append(p.className()).append(' ').append(p.id()).append(' ');
        }
        return out.toString();
    }

    private static void readJsonLd(Document doc, URI pageUrl, List<BrandField<String>> names,
                                   List<BrandField<String>> logos, List<BrandField<String>> descriptions) {
        for (JsonNode node : JsonLd.objects(doc)) {
            String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
            if (type.contains("webpage") || type.contains("breadcrumb") || type.contains("article")) {
                continue;
            }
            JsonLd.text(node.get("name")).ifPresent(n -> names.add(field(n, type.contains("website") ? 0.8 : 0.9,
                    "json-ld name")));
            JsonNode logo = node.get("logo");
            Optional<String> logoUrl = logo == null ? Optional.empty()
                    : JsonLd.text(logo.isObject() ? logo.get("url") : logo);
            logoUrl.flatMap(l -> UrlNormalizer.resolve(pageUrl, l))
                    .ifPresent(u -> logos.add(field(u.toString(), 0.75, "json-ld logo")));
            JsonLd.text(node.get("description")).ifPresent(d -> descriptions.add(field(d, 0.8, "json-ld description")));
        }
    }

    /**
     * The brand part of a home page title: "Brightside Family Dental | Family dentist in..." or "Home | Acme". The
     * segment that matches the host name wins; otherwise the first that is not a generic word like "Home".
     */
    private static Optional<BrandField<String>> titleName(Document doc, URI pageUrl) {
        List<String> segments = java.util.Arrays.stream(doc.title().split("\\s+[|\\-–—:·»]\\s+"))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
        String host = pageUrl.getHost() == null ? "" : pageUrl.getHost().replaceFirst("^www\\.", "");
        String hostLabel = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
        for (String segment : segments) {
            String letters = segment.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (letters.length() >= 3 && (hostLabel.contains(letters) || letters.contains(hostLabel)
                    && hostLabel.length() >= 3)) {
                return Optional.of(field(segment, 0.6, "page title (matches host name)"));
            }
        }
        return segments.stream().filter(x -> !GENERIC_TITLES.matcher(x).matches()).findFirst()
                .map(x -> field(x, 0.4, "page title"));
    }

    private static Optional<String> meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr("content").isBlank() ? Optional.empty()
                : Optional.of(e.attr("content").replaceAll("\\s+", " ").strip());
    }

    private static Optional<String> link(Document doc, URI pageUrl, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? Optional.empty() : UrlNormalizer.resolve(pageUrl, e.attr("href")).map(URI::toString);
    }

    /** A selector that lets an inline style="" count like a rule on that element ("header", ".btn"...). */
    private static String cssSelectorOf(Element e) {
        return e.normalName() + (e.className().isEmpty() ? "" : "." + e.className().strip().replaceAll("\\s+", "."));
    }

    static BrandField<String> field(String value, double confidence, String source) {
        return new BrandField<>(value, confidence, source);
    }
}
