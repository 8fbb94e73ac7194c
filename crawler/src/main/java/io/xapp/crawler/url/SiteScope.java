package io.xapp.crawler.url;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The website a crawl stays on: one scheme, one port and one host, where {@code www.example.com} and
 * {@code example.com} count as the same site. Links to either spelling are rewritten to the spelling the crawl
 * started on, so the two never produce duplicate pages. A site served at another address than the one its pages
 * name as their own (a builder's or a staging address, whose pages link to the customer's domain, as Wix writes
 * every link) has its links to that domain read as the same path here ({@link #namingItself}); that domain is
 * never fetched.
 */
public final class SiteScope {

    private final String scheme;
    private final String preferredHost;
    private final String siteHost;
    private final int port;
    /** The host, {@code www.} aside, the site's pages name as their own when it is not this one; or null. */
    private final String namedHost;

    private SiteScope(String scheme, String preferredHost, int port, String namedHost) {
        this.scheme = scheme;
        this.preferredHost = preferredHost;
        this.siteHost = withoutWww(preferredHost);
        this.port = port;
        this.namedHost = namedHost;
    }

    /** The site of a normalised http(s) URL. */
    public static SiteScope of(URI url) {
        return new SiteScope(url.getScheme().toLowerCase(Locale.ROOT), url.getHost().toLowerCase(Locale.ROOT),
                effectivePort(url), null);
    }

    /**
     * This site, whose start page names {@code canonical} as its own address: when that is on another host, links
     * to that host are read as links to the same path on this site ({@link #ownAddress}).
     */
    public SiteScope namingItself(URI canonical) {
        String named = canonical == null ? null : siteHostOf(canonical);
        return named == null || named.equals(siteHost) ? this : new SiteScope(scheme, preferredHost, port, named);
    }

    /**
     * {@code url}, or, when it is on the host the site's pages name as their own ({@link #namingItself}), the same
     * path and query on this site.
     */
    public URI ownAddress(URI url) {
        return namedHost != null && namedHost.equals(siteHostOf(url)) ? onPath(url) : url;
    }

    public boolean contains(URI url) {
        return siteHost.equals(siteHostOf(url)) && scheme.equalsIgnoreCase(url.getScheme())
                && port == effectivePort(url);
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
        return siteHost.equals(siteHostOf(url)) ? Optional.of(onPath(url)) : Optional.empty();
    }

    /** The URL of {@code url}'s path and query on this site. */
    private URI onPath(URI url) {
        return origin().resolve(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/"
                : url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }

    /** The origin, e.g. {@code https://example.com:8443}. */
    public URI origin() {
        boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        return URI.create(scheme + "://" + preferredHost + (defaultPort ? "" : ":" + port));
    }

    /** The host of {@code url} as sites are compared: lower case, {@code www.} aside; null when it has none. */
    private static String siteHostOf(URI url) {
        return url.getHost() == null ? null : withoutWww(url.getHost().toLowerCase(Locale.ROOT));
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
