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
        List<URI> links) {

    public CrawledPage {
        passages = List.copyOf(passages);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** A page without its links (the shape before links were recorded). */
    public CrawledPage(URI url, String title, String description, String language, URI canonical, int depth,
                       String text, List<Passage> passages, String contentHash, String etag, String lastModified,
                       Instant fetchedAt, boolean notModified) {
        this(url, title, description, language, canonical, depth, text, passages, contentHash, etag, lastModified,
                fetchedAt, notModified, List.of());
    }

    /** This page without its {@link #text}, which its passages repeat. */
    public CrawledPage withoutText() {
        return new CrawledPage(url, title, description, language, canonical, depth, null, passages, contentHash, etag,
                lastModified, fetchedAt, notModified, links);
    }
}
