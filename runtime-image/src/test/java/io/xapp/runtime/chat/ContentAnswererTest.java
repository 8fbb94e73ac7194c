package io.xapp.runtime.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.runtime.content.IndexStore;
import io.xapp.runtime.search.QueryInterpreter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an answer quotes of the passages found (BM25 alone). */
class ContentAnswererTest {

    private static final String TITLE = "What to bring to your appointment";

    @TempDir
    Path dir;

    @Test
    void aSectionsLeadIsAnsweredWithItsSubsectionsParticulars() throws IOException {
        CrawlResult crawl = crawl(
                page("what-to-bring", TITLE,
                        new Passage(List.of(TITLE), TITLE + "\nBring everything you have; we will sort out what "
                                + "matters.", null),
                        new Passage(List.of(TITLE, "Income"), "Income\nW-2s from every employer\n1099s for "
                                + "interest and freelance work", null),
                        new Passage(List.of(TITLE, "For everyone"), "For everyone\nPhoto ID for you and your "
                                + "spouse", null)),
                page("parking", "Parking", new Passage(List.of("Parking"), "Parking\nFree parking behind the "
                        + "building.", null)));
        ContentAnswer answer = answer(crawl, "what do i bring to my appointment");

        assertThat(answer.sources()).extracting(ContentAnswer.Source::url)
                .first().asString().endsWith("/what-to-bring");
        assertThat(answer.text()).contains("Bring everything you have", "W-2s from every employer", "Photo ID")
                .doesNotContain("parking");
    }

    private ContentAnswer answer(CrawlResult crawl, String question) throws IOException {
        IndexStore.Stored stored = IndexStore.in(dir).write(crawl);
        try (var directory = FSDirectory.open(stored.dir().resolve("passages"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return new ContentAnswerer(QueryInterpreter.withDefaultSynonyms()).answer(question,
                    new IndexSearcher(reader));
        }
    }

    private static CrawledPage page(String path, String title, Passage... passages) {
        URI url = URI.create("https://example.com/" + path);
        return new CrawledPage(url, title, null, "en", url, 1, null, List.of(passages), path, null, null,
                Instant.now(), false);
    }

    private static CrawlResult crawl(CrawledPage... pages) {
        return new CrawlResult(URI.create("https://example.com/"), Instant.now(), Instant.now(), List.of(pages),
                List.of(), null, CrawlEndReason.COMPLETED);
    }
}
