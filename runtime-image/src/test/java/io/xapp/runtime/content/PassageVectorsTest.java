package io.xapp.runtime.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.runtime.semantic.Embedder;
import io.xapp.runtime.semantic.EmbeddingUnavailableException;
import io.xapp.runtime.semantic.InferenceBusyException;
import io.xapp.runtime.semantic.InferenceClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vectors of a generation: embedded in batches, kept from the last generation for unchanged passages, missing
 * while the inference service is away and completed when it is back; a build that dies half-way leaves the last
 * complete generation current.
 */
class PassageVectorsTest {

    private static final Embedder.Model MODEL = new Embedder.Model("test-model", 4);

    @TempDir
    Path dir;

    /** A stand-in for the inference service that counts what it embeds; it can be down or switch models. */
    private static final class CountingEmbedder implements Embedder {
        Model model = MODEL;
        boolean down;
        /** Calls still to be answered 503 (busy, come back in a second), as a service whose queue is full. */
        int busyCalls;
        int failAfterTexts = Integer.MAX_VALUE;
        /** Passages' texts embedded. */
        int embedded;
        /** The site's words embedded ({@link SiteWordVectors}, as a visitor's words are: as queries). */
        int wordsEmbedded;

        @Override
        public Model model() {
            if (down) {
                throw new EmbeddingUnavailableException("down");
            }
            return model;
        }

        @Override
        public Embeddings embed(Kind kind, List<String> texts) {
            if (down) {
                throw new EmbeddingUnavailableException("down");
            }
            if (busyCalls > 0) {
                busyCalls--;
                throw new InferenceBusyException("queue full", Duration.ofSeconds(1));
            }
            if (kind == Kind.QUERY) {
                wordsEmbedded += texts.size();
            } else if (embedded + texts.size() > failAfterTexts) {
                throw new IllegalStateException("the runtime was killed while indexing");
            } else {
                embedded += texts.size();
            }
            List<float[]> vectors = new ArrayList<>();
            for (String text : texts) {
                float[] v = {1, text.length() % 7, text.hashCode() % 5, 1};
                vectors.add(io.xapp.runtime.semantic.Vectors.normalise(v));
            }
            return new Embeddings(model, vectors);
        }
    }

    private static CrawlResult crawl(String word, int pages) {
        List<CrawledPage> list = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            URI url = URI.create("https://example.com/" + i);
            list.add(new CrawledPage(url, "Page " + i, null, "en", url, 1, word,
                    List.of(new Passage(List.of("About " + i), "All about " + word + " " + i, null),
                            new Passage(List.of("More on " + i), "The same every time " + i, null)),
                    word + i, null, null, Instant.now(), false));
        }
        return new CrawlResult(URI.create("https://example.com/"), Instant.now(), Instant.now(), list, List.of(),
                null, CrawlEndReason.COMPLETED);
    }

    private static ContentGeneration open(IndexStore.Stored stored) throws Exception {
        return ContentGeneration.open(stored.dir(), stored.summary(), () -> { });
    }

    @Test
    void everyPassageIsEmbeddedInBatchesAndUnchangedPassagesKeepTheirVectorsNextTime() throws Exception {
        IndexStore store = new IndexStore(dir);
        CountingEmbedder embedder = new CountingEmbedder();
        ContentGeneration first = open(store.write(crawl("apples", 50), embedder));
        assertThat(embedder.embedded).as("100 passages of one sentence, each embedded as its headings and its sentence")
                .isEqualTo(2 * 100);
        assertThat(first.vectorModel()).contains(MODEL);
        assertThat(first.missingVectors()).isZero();

        embedder.embedded = 0;
        ContentGeneration second = open(store.write(crawl("pears", 50), embedder));
        assertThat(embedder.embedded).as("only the 50 passages that changed").isEqualTo(2 * 50);
        assertThat(second.missingVectors()).isZero();
        first.retire();
        second.retire();
    }

    @Test
    void theSiteWordsAreEmbeddedOnceAndANewGenerationEmbedsOnlyItsNewWords() throws Exception {
        IndexStore store = new IndexStore(dir);
        CountingEmbedder embedder = new CountingEmbedder();
        ContentGeneration first = open(store.write(crawl("apples", 5), embedder));
        assertThat(embedder.wordsEmbedded).isPositive();
        assertThat(first.siteWords()).isPresent();

        embedder.wordsEmbedded = 0;
        ContentGeneration second = open(store.write(crawl("pears", 5), embedder));
        assertThat(embedder.wordsEmbedded).as("\"pears\", the one word the last generation did not have").isOne();
        assertThat(second.siteWords()).isPresent();
        first.retire();
        second.retire();
    }

    @Test
    void whileTheServiceIsDownPassagesGoWithoutAndAreCompletedOnceItIsBack() throws Exception {
        IndexStore store = new IndexStore(dir);
        CountingEmbedder embedder = new CountingEmbedder();
        embedder.down = true;
        ContentGeneration without = open(store.write(crawl("apples", 10), embedder));
        assertThat(without.vectorModel()).isEmpty();
        assertThat(without.siteWords()).isEmpty();
        assertThat(without.missingVectors()).isEqualTo(20);

        embedder.down = false;
        ContentGeneration completed = open(store.write(store.current().orElseThrow().crawl(), embedder));
        assertThat(completed.vectorModel()).contains(MODEL);
        assertThat(completed.missingVectors()).isZero();
        without.retire();
        completed.retire();
    }

    @Test
    void aBusyServiceIsWaitedForAndTheIndexGetsEveryVector() throws Exception {
        IndexStore store = new IndexStore(dir);
        CountingEmbedder embedder = new CountingEmbedder();
        embedder.busyCalls = 2;
        List<Duration> waits = new ArrayList<>();
        ContentGeneration built = open(store.write(crawl("apples", 10), embedder, new IndexBuilder.Progress() {
            @Override
            public void written(int passages, int withVector) {
            }

            @Override
            public void waitingForBusyInference(Duration wait) {
                waits.add(wait);
            }
        }));
        assertThat(embedder.busyCalls).as("both busy answers were waited out").isZero();
        assertThat(waits).as("the build's progress told of each wait, a second and up to half again")
                .hasSize(2).allSatisfy(w -> assertThat(w).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500)));
        assertThat(built.vectorModel()).contains(MODEL);
        assertThat(built.missingVectors()).isZero();
        assertThat(built.siteWords()).isPresent();
        built.retire();
    }

    @Test
    void theBuildSaysHowFarItHasComeAfterEachBatch() throws Exception {
        IndexStore store = new IndexStore(dir);
        CountingEmbedder embedder = new CountingEmbedder();
        List<List<Integer>> told = new ArrayList<>();
        store.write(crawl("apples", 50), embedder, (passages, withVector) -> told.add(List.of(passages, withVector)));
        assertThat(told).as("100 passages in batches of at most " + InferenceClient.MAX_BATCH).hasSizeGreaterThan(1)
                .isSortedAccordingTo(Comparator.comparing(l -> l.get(0))).last().isEqualTo(List.of(100, 100));

        embedder.down = true;
        told.clear();
        store.write(crawl("pears", 50), embedder, (passages, withVector) -> told.add(List.of(passages, withVector)));
        assertThat(told).last().as("the 50 unchanged passages keep their vectors").isEqualTo(List.of(100, 50));
    }

    @Test
    void aNewModelMeansEveryPassageIsEmbeddedAgain() throws Exception {
        IndexStore store = new IndexStore(dir);
        CountingEmbedder embedder = new CountingEmbedder();
        store.write(crawl("apples", 10), embedder);
        embedder.model = new Embedder.Model("another-model", 4);
        embedder.embedded = 0;
        ContentGeneration switched = open(store.write(store.current().orElseThrow().crawl(), embedder));
        assertThat(embedder.embedded).as("all 20 passages, as headings and sentence").isEqualTo(2 * 20);
        assertThat(switched.vectorModel()).contains(embedder.model);
        switched.retire();
    }

    @Test
    void aBuildThatDiesHalfWayLeavesTheLastCompleteGenerationCurrentAfterARestart() throws Exception {
        IndexStore store = new IndexStore(dir);
        CountingEmbedder embedder = new CountingEmbedder();
        IndexStore.Stored complete = store.write(crawl("apples", 100), embedder);
        embedder.failAfterTexts = embedder.embedded + 70;

        assertThatThrownBy(() -> store.write(crawl("pears", 100), embedder)).hasMessageContaining("killed");

        IndexStore restarted = new IndexStore(dir);
        assertThat(restarted.current()).get().extracting(IndexStore.Stored::dir).isEqualTo(complete.dir());
        restarted.removeAllBut(complete.dir());
        ContentGeneration serving = open(restarted.current().orElseThrow());
        assertThat(serving.passages()).isEqualTo(200);
        assertThat(serving.missingVectors()).isZero();
        serving.retire();
    }
}
