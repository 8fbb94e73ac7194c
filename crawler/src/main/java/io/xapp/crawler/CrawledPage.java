package io.xapp.crawler;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One indexed page: its normalised URL, metadata, main content split into passages, and the validators for a
 * conditional re-fetch.
 *
 * @param text        the main content as plain text (navigation, header, footer, banners and sidebars removed)
 * @param contentHash hash of the main content, for duplicate detection and change detection
 * @param notModified true when this crawl got 304 Not Modified and reused the previous crawl's content
 * @param links       the page's followable links, normalised (none when it is nofollow): a re-crawl that gets 304
 *                    follows these instead of the unread page
 * @param coverage    how much of the page's content its passages hold ({@link ReadCoverage#UNKNOWN} in a crawl stored
 *                    before it was measured)
 */
public record CrawledPage(
        URI url,
        String title,
        String description,
        String language,
        URI canonical,
        int depth,
        String text,
        List<Passage> passages,
        String contentHash,
        String etag,
        String lastModified,
        Instant fetchedAt,
        boolean notModified,
        List<URI> links,
        ReadCoverage coverage) {

    public CrawledPage {
        passages = List.copyOf(passages);
        links = links == null ? List.of() : List.copyOf(links);
        coverage = coverage == null ? ReadCoverage.UNKNOWN : coverage;
    }

    /** A page without its links and unmeasured (the shape before either was recorded). */
    public CrawledPage(URI url, String title, String description, String language, URI canonical, int depth,
                       String text, List<Passage> passages, String contentHash, String etag, String lastModified,
                       Instant fetchedAt, boolean notModified) {
        this(url, title, description, language, canonical, depth, text, passages, contentHash, etag, lastModified,
                fetchedAt, notModified, List.of(), ReadCoverage.UNKNOWN);
    }

    /** This page without its {@link #text}, which its passages repeat. */
    public CrawledPage withoutText() {
        return new CrawledPage(url, title, description, language, canonical, depth, null, passages, contentHash, etag,
                lastModified, fetchedAt, notModified, links, coverage);
    }
}
