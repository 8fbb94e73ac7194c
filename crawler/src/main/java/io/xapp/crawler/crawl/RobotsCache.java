package io.xapp.crawler.crawl;

import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.fetch.Fetcher;
import io.xapp.crawler.robots.RobotsRules;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** robots.txt of each origin a crawl touches (one or two: the site, maybe its http/https twin), loaded once. */
final class RobotsCache {

    private final Fetcher fetcher;
    private final FetchPolicy policy;
    private final Map<String, RobotsRules> byOrigin = new HashMap<>();

    RobotsCache(Fetcher fetcher, FetchPolicy policy) {
        this.fetcher = fetcher;
        this.policy = policy;
    }

    /** @throws io.xapp.crawler.FetchException when the origin is blocked or unreachable */
    synchronized RobotsRules forUrl(URI url) {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        RobotsRules rules = byOrigin.get(origin);
        if (rules == null) {
            rules = RobotsRules.load(fetcher, URI.create(origin), policy);
            byOrigin.put(origin, rules);
        }
        return rules;
    }
}
