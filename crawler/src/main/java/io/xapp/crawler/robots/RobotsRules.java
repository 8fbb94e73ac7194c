package io.xapp.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.fetch.FetchRequest;
import io.xapp.crawler.fetch.FetchResponse;
import io.xapp.crawler.fetch.Fetcher;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one origin's robots.txt allows us. A missing robots.txt (4xx) allows everything; a server error or a timeout
 * means the site is not fit to crawl now, and the crawl stops ({@link #stopReason()}).
 */
public final class RobotsRules {

    /** Larger robots.txt files are cut here, as Google does at 500 KiB. */
    static final long MAX_ROBOTS_BYTES = 500 * 1024;
    /** A Crawl-delay above this is treated as this; the crawl's time limit bounds the rest. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final BaseRobotRules rules;
    private final String stopReason;

    private RobotsRules(BaseRobotRules rules, String stopReason) {
        this.rules = rules;
        this.stopReason = stopReason;
    }

    public static RobotsRules allowAll() {
        return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null);
    }

    /**
     * Fetches and parses {@code origin/robots.txt}.
     *
     * @throws FetchException when the host is blocked or unreachable: then no page of it can be fetched either
     */
    public static RobotsRules load(Fetcher fetcher, URI origin, FetchPolicy policy) {
        URI robotsUrl = origin.resolve("/robots.txt");
        FetchResponse response;
        try {
            response = fetcher.fetch(FetchRequest.get(robotsUrl, policy).withMaxBytes(MAX_ROBOTS_BYTES));
        } catch (FetchException e) {
            return switch (e.reason()) {
                case TIMEOUT -> stop("robots.txt at " + robotsUrl + " timed out: " + e.getMessage());
                case TOO_LARGE, TOO_MANY_REDIRECTS, INVALID_URL -> allowAll(); // no usable robots.txt
                default -> throw e;
            };
        }
        if (response.status() >= 500 || response.status() == 429) {
            return stop("robots.txt at " + robotsUrl + " answered HTTP " + response.status()
                    + "; stopping until the site recovers");
        }
        if (!response.ok()) {
            return allowAll();
        }
        return parse(robotsUrl, response.body(), response.contentType(), policy.userAgent());
    }

    static RobotsRules parse(URI robotsUrl, byte[] content, String contentType, String userAgent) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        BaseRobotRules parsed = parser.parseContent(robotsUrl.toString(), content,
                contentType == null ? "text/plain" : contentType, List.of(productToken(userAgent)));
        return new RobotsRules(parsed, null);
    }

    private static RobotsRules stop(String why) {
        return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), why);
    }

    /** "XappBot/0.1 (+https://...)" is matched against robots.txt groups as "xappbot". */
    public static String productToken(String userAgent) {
        String token = userAgent.split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    public boolean allows(URI url) {
        return rules.isAllowed(url.toString());
    }

    /** Why the crawl must stop (robots.txt errored), or null. */
    public String stopReason() {
        return stopReason;
    }

    public Optional<Duration> crawlDelay() {
        long ms = rules.getCrawlDelay();
        if (ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0) {
            return Optional.empty();
        }
        Duration d = Duration.ofMillis(ms);
        return Optional.of(d.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : d);
    }

    public List<String> sitemaps() {
        return rules.getSitemaps();
    }
}
