package io.xapp.crawler.extract;

import io.xapp.crawler.Passage;
import io.xapp.crawler.ReadCoverage;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A page read for indexing.
 *
 * @param text        main content as plain text: headings, paragraphs separated by blank lines, list items and table
 *                    rows on their own lines
 * @param contentHash SHA-256 of {@code text}, hex
 * @param links       every followable link on the page (navigation included), normalised
 * @param coverage    how much of the page's content its passages hold
 */
public record ExtractedPage(PageMetadata metadata, String text, List<Passage> passages, String contentHash,
                            Set<URI> links, ReadCoverage coverage) {
}
