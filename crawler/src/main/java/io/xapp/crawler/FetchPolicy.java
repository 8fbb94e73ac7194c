package io.xapp.crawler;

import io.xapp.crawler.fetch.NetworkRange;
import java.time.Duration;
import java.util.List;

/**
 * The safety and politeness limits of every fetch.
 *
 * @param allowLoopback   fetch 127.0.0.0/8 and ::1 (tests and local runs only)
 * @param allowedNetworks networks the operator explicitly trusts although they are not public (e.g. a test site in
 *                        a kind cluster); every other private, link-local or reserved address is refused, and the
 *                        cloud metadata address always is
 */
public record FetchPolicy(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBytes,
        int maxRedirects,
        boolean allowLoopback,
        List<NetworkRange> allowedNetworks) {

    public static final String DEFAULT_USER_AGENT = "XappBot/0.1 (+https://xapp.io/bot)";

    public FetchPolicy {
        allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
    }

    /** A policy that trusts no extra networks: only public addresses, and loopback when asked. */
    public FetchPolicy(String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBytes,
            int maxRedirects, boolean allowLoopback) {
        this(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects, allowLoopback, List.of());
    }

    public static FetchPolicy defaults() {
        return new FetchPolicy(DEFAULT_USER_AGENT, Duration.ofSeconds(5), Duration.ofSeconds(15), 2 * 1024 * 1024,
                5, false);
    }

    public FetchPolicy withAllowLoopback(boolean allow) {
        return new FetchPolicy(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects, allow,
                allowedNetworks);
    }

    /**
     * The same policy trusting these networks (CIDR notation, see {@link NetworkRange#parse}).
     *
     * @throws IllegalArgumentException naming the first entry that is not a valid network
     */
    public FetchPolicy withAllowedNetworks(List<String> cidrs) {
        return new FetchPolicy(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects, allowLoopback,
                NetworkRange.parseAll(cidrs));
    }
}
