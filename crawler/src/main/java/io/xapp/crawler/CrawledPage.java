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
        boolean notModified) {

    public CrawledPage {
        passages = List.copyOf(passages);
    }
}
