package io.xapp.runtime.content;

import io.xapp.crawler.CrawlResult;
import java.io.IOException;
import java.nio.file.Path;

/** Opens an index generation of a crawl result outside the application, for tests of ranking and answers. */
public final class FixtureGenerations {

    private FixtureGenerations() {
    }

    public static ContentGeneration open(CrawlResult crawl, Path dir) throws IOException {
        IndexStore.Stored stored = new IndexStore(dir).write(crawl);
        return ContentGeneration.open(stored.dir(), CrawlSummary.of(stored.crawl()), () -> IndexStore.delete(stored.dir()));
    }
}
