package io.xapp.crawler.extract;

import io.xapp.crawler.url.UrlNormalizer;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** The web links of a page, resolved against its base URL and normalised; rel=nofollow links are left out. */
public final class Links {

    private static final Evaluator LINKS = Selector.evaluatorOf("a[href], area[href]");
    private static final Evaluator BASE = Selector.evaluatorOf("base[href]");


    /** A page with more links than this is a trap or a sitemap-like index; the rest are ignored. */
    static final int MAX_LINKS_PER_PAGE = 2000;

    private Links() {
    }

    public static Set<URI> of(Document doc, URI pageUrl) {
        URI base = pageUrl;
        Element baseTag = doc.selectFirst(BASE);
        if (baseTag != null) {
            base = UrlNormalizer.resolve(pageUrl, baseTag.attr("href")).orElse(pageUrl);
        }
        Set<URI> links = new LinkedHashSet<>();
        for (Element a : doc.select(LINKS)) {
            if (a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                continue;
            }
            UrlNormalizer.resolve(base, a.attr("href")).ifPresent(links::add);
            if (links.size() >= MAX_LINKS_PER_PAGE) {
                break;
            }
        }
        return links;
    }
}
