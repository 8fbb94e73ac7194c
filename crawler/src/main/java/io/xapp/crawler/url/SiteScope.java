package io.xapp.crawler.url;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The website a crawl stays on: one scheme, one port and one host, where {@code www.example.com} and
 * {@code example.com} count as the same site. Links to either spelling are rewritten to the spelling the crawl
 * started on, so the two never produce duplicate pages.
 */
public final class SiteScope {

    private final String scheme;
    private final String preferredHost;
    private final String siteHost;
    private final int port;

    private SiteScope(String scheme, String preferredHost, int port) {
        this.scheme = scheme;
        this.preferredHost = preferredHost;
        this.siteHost = withoutWww(preferredHost);
        this.port = port;
    }

    /** The site of a normalised http(s) URL. */
    public static SiteScope of(URI url) {
        return new SiteScope(url.getScheme().toLowerCase(Locale.ROOT), url.getHost().toLowerCase(Locale.ROOT),
                effectivePort(url));
    }

    public boolean contains(URI url) {
        return url.getHost() != null && scheme.equalsIgnoreCase(url.getScheme())
                && siteHost.equals(withoutWww(url.getHost().toLowerCase(Locale.ROOT))) && port == effectivePort(url);
    }

    /** The URL with the host spelled as the crawl's start URL spells it; call only for URLs this scope contains. */
    public URI canonicalHost(URI url) {
        if (url.getHost().equalsIgnoreCase(preferredHost)) {
            return url;
        }
        return URI.create(url.toString().replaceFirst("//[^/:]+", "//" + preferredHost));
    }

    /**
     * The page {@code url} names on this site, however its scheme, port and {@code www.} are spelled (a site served
     * on http whose pages name their https address); empty when it names another site.
     */
    public Optional<URI> onSite(URI url) {
        if (url.getHost() == null || !siteHost.equals(withoutWww(url.getHost().toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        return Optional.of(origin().resolve(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/"
                : url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())));
    }

    /** The origin, e.g. {@code https://example.com:8443}. */
    public URI origin() {
        boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        return URI.create(scheme + "://" + preferredHost + (defaultPort ? "" : ":" + port));
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static int effectivePort(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return origin().toString();
    }
}
