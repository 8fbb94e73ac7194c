package io.xapp.crawler;

import java.time.Duration;

/**
 * The safety and politeness limits of every fetch.
 *
 * @param allowLoopback fetch 127.0.0.0/8 and ::1 (tests and local runs only); private, link-local and metadata
 *                      addresses are refused regardless
 */
public record FetchPolicy(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBytes,
        int maxRedirects,
        boolean allowLoopback) {

    public static final String DEFAULT_USER_AGENT = "XappBot/0.1 (+https://xapp.io/bot)";

    public static FetchPolicy defaults() {
        return new FetchPolicy(DEFAULT_USER_AGENT, Duration.ofSeconds(5), Duration.ofSeconds(15), 2 * 1024 * 1024,
                5, false);
    }

    public FetchPolicy withAllowLoopback(boolean allow) {
        return new FetchPolicy(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects, allow);
    }
}
