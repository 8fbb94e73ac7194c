package io.xapp.runtime.content;

import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.FetchPolicy;
import io.xapp.runtime.config.RuntimeSettings;

/** The crawler's settings from the operator's crawl section (partner defaults and tier limits already applied). */
final class CrawlSettingsFactory {

    /** Workers of the runtime's crawl: it shares two cores with visitors' requests. */
    private static final int WORKERS = 2;

    private CrawlSettingsFactory() {
    }

    static CrawlSettings of(RuntimeSettings settings) {
        // The runtime reads passages only; each page's whole text repeats them and would double what a crawl holds.
        CrawlSettings crawl = CrawlSettings.of(settings.website()).withWorkers(WORKERS).withoutPageText();
        RuntimeConfig.Crawl c = settings.config().crawl();
        if (c == null) {
            return crawl;
        }
        if (c.maxPages() > 0) {
            crawl = crawl.withMaxPages(c.maxPages());
        }
        // Non-public networks only as the partner file names them (crawl.allowedNetworks, via the operator).
        FetchPolicy fetch = crawl.fetch().withAllowLoopback(c.allowLoopback())
                .withAllowedNetworks(c.allowedNetworks());
        if (c.userAgent() != null && !c.userAgent().isBlank()) {
            fetch = new FetchPolicy(c.userAgent(), fetch.connectTimeout(), fetch.requestTimeout(), fetch.maxBytes(),
                    fetch.maxRedirects(), fetch.allowLoopback(), fetch.allowedNetworks());
        }
        return crawl.withPatterns(c.include(), c.exclude()).withFetch(fetch);
    }
}
