package io.xapp.crawler;

import java.time.Duration;

/** How far a crawl has come. */
public record CrawlProgress(int pagesDone, int queued, int failed, int excluded, Duration elapsed) {
}
