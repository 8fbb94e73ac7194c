package io.xapp.crawler.robots;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.fetch.FetchRequest;
import io.xapp.crawler.fetch.FetchResponse;
import io.xapp.crawler.fetch.Fetcher;
import io.xapp.crawler.url.UrlNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the page URLs a site lists in its sitemaps, following sitemap indexes, within bounds: a site cannot make
 * us read more than {@link #MAX_SITEMAPS} files, more than {@link #MAX_SITEMAP_BYTES} each, or keep more URLs than
 * asked for. Relative {@code <loc>} values (not allowed by the protocol, common in practice) are resolved against
 * the sitemap's own URL.
 */
public final class Sitemaps {

    private static final Logger LOG = LoggerFactory.getLogger(Sitemaps.class);
    static final int MAX_SITEMAPS = 25;
    static final long MAX_SITEMAP_BYTES = 10L * 1024 * 1024;

    private Sitemaps() {
    }

    /** Where a site's sitemaps start: the robots.txt {@code Sitemap:} lines, else the conventional /sitemap.xml. */
    public static List<URI> startUrls(RobotsRules robots, URI origin) {
        List<URI> urls = new ArrayList<>();
        for (String s : robots.sitemaps()) {
            UrlNormalizer.parse(s).ifPresent(urls::add);
        }
        if (urls.isEmpty()) {
            urls.add(origin.resolve("/sitemap.xml"));
        }
        return urls;
    }

    /**
     * @param sitemapUrls where to start (robots.txt {@code Sitemap:} lines, or the conventional /sitemap.xml)
     * @param maxUrls     stop after this many page URLs
     */
    public static List<URI> read(Fetcher fetcher, List<URI> sitemapUrls, FetchPolicy policy, int maxUrls) {
        Set<URI> pages = new LinkedHashSet<>();
        Deque<URI> todo = new ArrayDeque<>(sitemapUrls);
        Set<URI> done = new HashSet<>();
        while (!todo.isEmpty() && done.size() < MAX_SITEMAPS && pages.size() < maxUrls) {
            URI sitemapUrl = todo.poll();
            if (!done.add(sitemapUrl)) {
                continue;
            }
            AbstractSiteMap sitemap = fetchAndParse(fetcher, sitemapUrl, policy);
            if (sitemap instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    toUri(child.getUrl().toString()).ifPresent(todo::add);
                }
            } else if (sitemap instanceof SiteMap map) {
                for (SiteMapURL entry : map.getSiteMapUrls()) {
                    if (pages.size() >= maxUrls) {
                        break;
                    }
                    toUri(entry.getUrl().toString()).ifPresent(pages::add);
                }
            }
        }
        return List.copyOf(pages);
    }

    private static AbstractSiteMap fetchAndParse(Fetcher fetcher, URI sitemapUrl, FetchPolicy policy) {
        try {
            FetchResponse response = fetcher.fetch(FetchRequest.get(sitemapUrl, policy)
                    .withMaxBytes(MAX_SITEMAP_BYTES));
            if (!response.ok() || response.body() == null) {
                LOG.debug("no sitemap at {}: HTTP {}", sitemapUrl, response.status());
                return null;
            }
            byte[] content = gunzipIfNeeded(sitemapUrl, response);
            URL base = response.url().toURL();
            SiteMapParser parser = new SiteMapParser(false);
            parser.setURLFilter((String loc) -> resolveLoc(base, loc));
            return parser.parseSiteMap("text/xml", content, base);
        } catch (FetchException | IOException | UnknownFormatException | IllegalArgumentException e) {
            LOG.debug("skipping sitemap {}: {}", sitemapUrl, e.toString());
            return null;
        }
    }

    /** A gzipped sitemap is decompressed here, under our cap, rather than by the parser without one. */
    private static byte[] gunzipIfNeeded(URI url, FetchResponse response) throws IOException {
        byte[] body = response.body();
        boolean gzipMagic = body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        if (!gzipMagic) {
            return body;
        }
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) MAX_SITEMAP_BYTES + 1);
            if (out.length > MAX_SITEMAP_BYTES) {
                throw new IOException(url + " decompresses to more than " + MAX_SITEMAP_BYTES + " bytes");
            }
            return out;
        }
    }

    private static String resolveLoc(URL base, String loc) {
        try {
            return new URL(base, loc.strip()).toString();
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static java.util.Optional<URI> toUri(String url) {
        return UrlNormalizer.parse(url);
    }
}
