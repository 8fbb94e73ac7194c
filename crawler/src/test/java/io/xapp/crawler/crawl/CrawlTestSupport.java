package io.xapp.crawler.crawl;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.Exclusion;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.testsupport.LoopbackServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings and lookups shared by the crawl tests. */
final class CrawlTestSupport {

    private CrawlTestSupport() {
    }

    /** Fast, loopback-allowed settings; timeouts generous enough for a busy CI machine. */
    static CrawlSettings settings(LoopbackServer server) {
        return settings(server, Duration.ofSeconds(5));
    }

    static CrawlSettings settings(LoopbackServer server, Duration requestTimeout) {
        FetchPolicy policy = new FetchPolicy("XappBot/0.1 (+https://xapp.io/bot)", Duration.ofSeconds(5),
                requestTimeout, 256 * 1024, 5, true);
        return new CrawlSettings(server.url("/"), 100, 10, Duration.ofMinutes(2), 4, Duration.ZERO, 1, List.of(),
                List.of(), policy);
    }

    static CrawlSettings withDepth(CrawlSettings s, int maxDepth) {
        return new CrawlSettings(s.startUrl(), s.maxPages(), maxDepth, s.maxTotalTime(), s.workers(),
                s.perHostDelay(), s.maxRetries(), s.includePatterns(), s.excludePatterns(), s.fetch());
    }

    static List<String> indexedPaths(CrawlResult result) {
        return result.pages().stream().map(p -> pathAndQuery(p.url())).toList();
    }

    static Optional<Exclusion> exclusion(CrawlResult result, String pathAndQuery) {
        return result.excluded().stream().filter(e -> pathAndQuery(e.url()).equals(pathAndQuery)).findFirst();
    }

    static String pathAndQuery(java.net.URI url) {
        return url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    /** A small HTML page linking to the given hrefs. */
    static String page(String title, String body, String... links) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=en><head><title>").append(title)
                .append("</title></head><body><main><h1>").append(title).append("</h1><p>").append(body)
                .append("</p>");
        for (String link : links) {
            html.append("<a href=\"").append(link).append("\">").append(link).append("</a> ");
        }
        return html.append("</main></body></html>").toString();
    }
}
