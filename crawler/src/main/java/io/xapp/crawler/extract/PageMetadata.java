package io.xapp.crawler.extract;

import io.xapp.crawler.url.UrlNormalizer;
import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head and headers.
 *
 * @param canonical the normalised rel=canonical target, or null
 * @param noindex   meta robots or X-Robots-Tag forbids indexing
 * @param nofollow  meta robots or X-Robots-Tag forbids following links
 */
public record PageMetadata(String title, String description, String language, URI canonical, boolean noindex,
                           boolean nofollow) {

    /**
     * @param robotsToken our crawler's product token (e.g. "xappbot"): a {@code <meta name="xappbot">} applies too
     */
    public static PageMetadata of(Document doc, URI pageUrl, String robotsHeader, String contentLanguage,
                                  String robotsToken) {
        String title = firstNonBlank(doc.title(), attr(doc, "meta[property=og:title]", "content"));
        String description = firstNonBlank(attr(doc, "meta[name=description]", "content"),
                attr(doc, "meta[property=og:description]", "content"));
        Element html = doc.selectFirst("html");
        String language = firstNonBlank(html == null ? null : html.attr("lang"),
                attr(doc, "meta[http-equiv=content-language]", "content"), firstLanguage(contentLanguage));
        URI canonical = null;
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            canonical = UrlNormalizer.resolve(pageUrl, link.attr("href")).orElse(null);
        }
        StringBuilder directives = new StringBuilder(robotsHeader == null ? "" : robotsHeader.toLowerCase(Locale.ROOT));
        for (Element meta : doc.select("meta[name][content]")) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT);
            if (name.equals("robots") || name.equals(robotsToken)) {
                directives.append(',').append(meta.attr("content").toLowerCase(Locale.ROOT));
            }
        }
        String d = directives.toString();
        boolean none = d.contains("none");
        return new PageMetadata(clean(title), clean(description), language == null ? null : language.strip(),
                canonical, none || d.contains("noindex"), none || d.contains("nofollow"));
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String firstLanguage(String header) {
        return header == null ? null : header.split(",")[0].strip();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}
