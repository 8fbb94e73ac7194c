package io.xapp.crawler.crawl;

import io.xapp.crawler.Crawler;
import io.xapp.crawler.Crawlers;
import io.xapp.crawler.testsupport.LoopbackServer;
import org.junit.jupiter.api.AfterEach;

/** A fresh loopback site and crawler for each test. */
abstract class LoopbackCrawlTest {

    protected final LoopbackServer server = new LoopbackServer();
    protected final Crawler crawler = Crawlers.crawler();

    @AfterEach
    void stopCrawlerAndServer() {
        crawler.close();
        server.close();
    }
}
