package io.xapp.runtime.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.runtime.index.PassageFields;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generations on disk and the swap between them: whole or not at all, never pulled from under a search. */
class ContentIndexTest {

    @TempDir
    Path dir;

    private static CrawlResult crawl(String word, int pages) {
        List<CrawledPage> list = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            URI url = URI.create("https://example.com/" + word + "/" + i);
            list.add(new CrawledPage(url, word + " page " + i, null, "en", url, 1, word,
                    List.of(new Passage(List.of("About " + word), "All about " + word + " number " + i, null)),
                    word + i, null, null, Instant.now(), false));
        }
        return new CrawlResult(URI.create("https://example.com/"), Instant.now(), Instant.now(), list, List.of(),
                null, CrawlEndReason.COMPLETED);
    }

    @Test
    void searchesSeeOneWholeGenerationWhileGenerationsAreSwapped() throws Exception {
        IndexStore store = new IndexStore(dir);
        ContentIndex index = new ContentIndex();
        index.swap(open(store.write(crawl("apples", 50))));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> results = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            results.add(readers.submit(() -> {
                int searches = 0;
                while (!stop.get()) {
                    try (ContentIndex.Lease lease = index.require()) {
                        var searcher = lease.generation().searcher();
                        int all = searcher.count(new MatchAllDocsQuery());
                        int apples = searcher.count(new TermQuery(new Term(PassageFields.ALL, "apple")));
                        int pears = searcher.count(new TermQuery(new Term(PassageFields.ALL, "pear")));
                        // Either all apples or all pears: never a mix, never a partial index.
                        assertThat(all).isEqualTo(50);
                        assertThat(apples == 50 && pears == 0 || apples == 0 && pears == 50).isTrue();
                    }
                    searches++;
                }
                return searches;
            }));
        }
        for (int i = 0; i < 6; i++) {
            index.swap(open(store.write(crawl(i % 2 == 0 ? "pears" : "apples", 50))));
        }
        stop.set(true);
        for (Future<Integer> f : results) {
            assertThat(f.get()).isPositive();
        }
        readers.shutdown();
        try (Stream dirs = new Stream(dir)) {
            assertThat(dirs.generations()).as("retired generations are deleted once released").hasSize(1);
        }
    }

    @Test
    void aBlockTheSiteRepeatsOnEveryPageIsIndexedOnce() throws Exception {
        List<CrawledPage> pages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            URI url = URI.create("https://example.com/" + i);
            pages.add(new CrawledPage(url, "Page " + i, null, "en", url, 1, "",
                    List.of(new Passage(List.of("Page " + i), "All about pears number " + i, null),
                            new Passage(List.of("Ready when you are"), "Book a visit online or call us.", null)),
                    "page" + i, null, null, Instant.now(), false));
        }
        CrawlResult crawl = new CrawlResult(URI.create("https://example.com/"), Instant.now(), Instant.now(), pages,
                List.of(), null, CrawlEndReason.COMPLETED);

        ContentGeneration generation = open(new IndexStore(dir).write(crawl));
        try {
            var searcher = generation.searcher();
            assertThat(searcher.count(new TermQuery(new Term(PassageFields.ALL, "pear")))).isEqualTo(10);
            assertThat(searcher.count(new TermQuery(new Term(PassageFields.ALL, "book")))).isEqualTo(1);
            assertThat(generation.passages()).isEqualTo(11);
        } finally {
            generation.retire();
        }
    }

    @Test
    void theStoredGenerationIsFoundAgainAfterARestart() throws Exception {
        IndexStore store = new IndexStore(dir);
        store.write(crawl("apples", 3));
        IndexStore.Stored last = store.write(crawl("pears", 4));
        IndexStore reopened = new IndexStore(dir);
        assertThat(reopened.current()).hasValueSatisfying(s -> {
            assertThat(s.dir()).isEqualTo(last.dir());
            assertThat(s.summary().pages()).hasSize(4);
        });
    }

    @Test
    void aStartReadsTheGenerationsSummaryNotItsCrawl() throws Exception {
        IndexStore.Stored stored = new IndexStore(dir).write(crawl("pears", 4));
        assertThat(stored.crawl().pages()).hasSize(4);
        Path crawlFile = stored.dir().resolve(IndexStore.CRAWL_FILE);
        byte[] crawl = Files.readAllBytes(crawlFile);
        Files.writeString(crawlFile, "not read at a start");
        assertThat(new IndexStore(dir).current()).hasValueSatisfying(s -> {
            assertThat(s.startUrl()).isEqualTo(stored.startUrl());
            assertThat(s.summary()).isEqualTo(stored.summary());
        });

        // A generation stored before summaries were has one made from its crawl, once.
        Files.write(crawlFile, crawl);
        Files.delete(stored.dir().resolve(IndexStore.SUMMARY_FILE));
        assertThat(new IndexStore(dir).current()).hasValueSatisfying(s ->
                assertThat(s.summary()).isEqualTo(stored.summary()));
        assertThat(stored.dir().resolve(IndexStore.SUMMARY_FILE)).exists();
    }

    @Test
    void shuttingDownKeepsTheCurrentGenerationOnDiskAndASwapRemovesTheReplacedOne() throws Exception {
        IndexStore store = new IndexStore(dir);
        ContentIndex index = new ContentIndex();
        IndexStore.Stored apples = store.write(crawl("apples", 3));
        index.swap(ContentGeneration.open(apples.dir(), apples.summary(),
                () -> store.deleteUnlessCurrent(apples.dir())));
        IndexStore.Stored pears = store.write(crawl("pears", 4));
        index.swap(ContentGeneration.open(pears.dir(), pears.summary(),
                () -> store.deleteUnlessCurrent(pears.dir())));
        assertThat(apples.dir()).as("replaced by pears").doesNotExist();

        index.close();

        assertThat(pears.dir()).as("the current generation after shutdown").isDirectory();
        assertThat(new IndexStore(dir).current()).hasValueSatisfying(s -> assertThat(s.dir()).isEqualTo(pears.dir()));
    }

    @Test
    void aDamagedPointerMeansCrawlingAnew() throws Exception {
        IndexStore store = new IndexStore(dir);
        store.write(crawl("apples", 3));
        Files.writeString(dir.resolve("CURRENT"), "gen-missing");
        assertThat(new IndexStore(dir).current()).isEmpty();
    }

    @Test
    void anIndexWrittenInAnotherFormatMeansCrawlingAnew() throws Exception {
        IndexStore.Stored stored = new IndexStore(dir).write(crawl("apples", 3));
        try (Directory passages = FSDirectory.open(stored.dir().resolve(ContentGeneration.PASSAGES_DIR));
             IndexWriter writer = new IndexWriter(passages, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(IndexBuilder.FORMAT_KEY, "1").entrySet());
            writer.commit();
        }
        assertThat(new IndexStore(dir).current()).isEmpty();
    }

    private static ContentGeneration open(IndexStore.Stored stored) throws Exception {
        Path genDir = stored.dir();
        return ContentGeneration.open(genDir, stored.summary(), () -> IndexStore.delete(genDir));
    }

    /** The generation directories present. */
    private static final class Stream implements AutoCloseable {
        private final java.util.stream.Stream<Path> files;

        Stream(Path dir) throws java.io.IOException {
            files = Files.list(dir);
        }

        List<Path> generations() {
            return files.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
        }

        @Override
        public void close() {
            files.close();
        }
    }
}
