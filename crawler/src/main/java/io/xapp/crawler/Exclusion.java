package io.xapp.crawler;

import java.net.URI;

/** A URL the crawl found but did not index, with the reason and a human-readable detail. */
public record Exclusion(URI url, ExclusionReason reason, String detail) {
}
