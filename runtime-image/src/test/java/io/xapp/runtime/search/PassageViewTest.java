package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PassageDocuments;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** What results and answers show of a passage comes back from the index as the crawl gave it. */
class PassageViewTest {

    @Test
    void aPassageIsReadBackWithItsAnchorTitleHeadingsAndText() throws Exception {
        URI url = URI.create("https://example.com/services/crowns.html");
        CrawledPage page = new CrawledPage(url, "Crowns – Zahnärzte & Co", null, "en", url, 1, "",
                List.of(new Passage(List.of(), "Intro without headings.", null),
                        new Passage(List.of("Crowns", "Cost"), "A crown costs $1,150.\nTwo visits; café ☕ fine.",
                                "cost")),
                "h", null, null, Instant.now(), false);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ContentAnalyzers.indexing()))) {
                writer.addDocuments(PassageDocuments.of(page));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(PassageView.read(searcher, 0)).isEqualTo(new PassageView(url.toString(), null,
                        "Crowns – Zahnärzte & Co", List.of(), "Intro without headings.", 0, 2));
                PassageView second = PassageView.read(searcher, 1);
                assertThat(second).isEqualTo(new PassageView(url.toString(), "cost", "Crowns – Zahnärzte & Co",
                        List.of("Crowns", "Cost"), "A crown costs $1,150.\nTwo visits; café ☕ fine.", 1, 2));
                assertThat(second.link()).isEqualTo(url + "#cost");
            }
        }
    }
}
