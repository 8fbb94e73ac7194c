package io.xapp.runtime.content;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PageIntroductions;
import io.xapp.runtime.index.PassageDocuments;
import io.xapp.runtime.index.RepeatedPassages;
import io.xapp.runtime.index.Suggestions;
import io.xapp.runtime.semantic.Embedder;
import io.xapp.runtime.semantic.InferenceClient;
import io.xapp.runtime.semantic.RetryingWhileBusy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes a crawl into a new index directory: one document per passage, each with its vector where one can be had
 * ({@link PassageVectors}), then the suggestion index beside it.
 */
public final class IndexBuilder {

    /**
     * The layout of the passage documents, in the index's commit data: a runtime crawls anew rather than read an
     * index an older runtime wrote differently (1: text in stored fields, KStem only; 2: text in doc values,
     * plurals KStem leaves whole stemmed too; 3: the facts each passage states; 4: and the case a policy states, read
     * from its headings too, and the passages that introduce another page; 5: and the language of each passage's
     * page). Vectors came later without a new format: an index without {@link #VECTOR_MODEL_KEY} simply has none,
     * and is built again from its crawl to get them.
     */
    static final String FORMAT = "5";
    static final String FORMAT_KEY = "xapp.format";
    /** The model of the passages' vectors, as "name/dimensions"; absent when no passage has one. */
    static final String VECTOR_MODEL_KEY = "xapp.vectors.model";
    /** How many passages have no vector (the inference service could not embed them). */
    static final String VECTORS_MISSING_KEY = "xapp.vectors.missing";

    private IndexBuilder() {
    }

    /**
     * What a build wrote.
     *
     * @param templatePassages passages the site repeats on many pages, indexed once each ({@link RepeatedPassages})
     * @param templateBlocks   blocks the site repeats inside passages on many pages, indexed once each
     * @param vectorModel      the model of its vectors, empty when it has none
     * @param siteWords        the words kept with a vector ({@link io.xapp.runtime.index.SiteWords}), 0 for none
     */
    public record Built(int passages, int embedded, int reused, int missingVectors, int templatePassages,
                        int templateBlocks, Optional<Embedder.Model> vectorModel, int siteWords) {
    }

    /** Told how far a build has come, after each batch of passages; on the building thread. */
    public interface Progress {
        Progress NONE = (passages, withVector) -> {
        };

        /** {@code passages} written so far, {@code withVector} of them with a vector (embedded or kept). */
        void written(int passages, int withVector);

        /** The inference service is busy: the build waits {@code wait} before asking again. */
        default void waitingForBusyInference(Duration wait) {
        }
    }

    /** The commit data of the passage index in generation directory {@code dir}. */
    static Map<String, String> commitData(Path dir) throws IOException {
        try (Directory passagesDir = FSDirectory.open(dir.resolve(ContentGeneration.PASSAGES_DIR))) {
            return SegmentInfos.readLatestCommit(passagesDir).getUserData();
        }
    }

    /** The format of the passage index in generation directory {@code dir} ("1" when it names none). */
    static String format(Path dir) throws IOException {
        return commitData(dir).getOrDefault(FORMAT_KEY, "1");
    }

    /** The model of the vectors in generation directory {@code dir}, if it has any. */
    static Optional<Embedder.Model> vectorModel(Path dir) throws IOException {
        return parseModel(commitData(dir).get(VECTOR_MODEL_KEY));
    }

    static Optional<Embedder.Model> parseModel(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int slash = value.lastIndexOf('/');
        return Optional.of(new Embedder.Model(value.substring(0, slash), Integer.parseInt(value.substring(slash + 1))));
    }

    /**
     * Builds into {@code dir}, which must be empty.
     *
     * @param previous the generation being replaced, whose vectors are reused; empty for none
     */
    public static Built build(CrawlResult crawl, Path dir, Embedder embedder, Optional<Path> previous,
                              Progress progress) throws IOException {
        // A busy service is waited out: nobody waits on a build, and one given up on would go without vectors.
        return buildWith(crawl, dir, RetryingWhileBusy.forOneBuild(embedder, progress::waitingForBusyInference),
                previous, progress);
    }

    private static Built buildWith(CrawlResult crawl, Path dir, Embedder embedder, Optional<Path> previous,
                                   Progress progress) throws IOException {
        int passages = 0;
        RepeatedPassages repeated = RepeatedPassages.in(crawl);
        try (Directory passagesDir = FSDirectory.open(dir.resolve(ContentGeneration.PASSAGES_DIR));
             PassageVectors vectors = PassageVectors.open(embedder, previous)) {
            IndexWriterConfig config = new IndexWriterConfig(ContentAnalyzers.indexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try (IndexWriter writer = new IndexWriter(passagesDir, config)) {
                // Passages wait until a whole batch can be embedded in one call to the service.
                List<Document> pending = new ArrayList<>();
                PageIntroductions introductions = PageIntroductions.of(crawl.pages());
                for (CrawledPage page : crawl.pages()) {
                    pending.addAll(PassageDocuments.of(page, repeated.indexedOf(page), introductions));
                    if (pending.size() >= InferenceClient.MAX_BATCH) {
                        passages += write(pending, vectors, writer);
                        progress.written(passages, vectors.embedded() + vectors.reused());
                    }
                }
                passages += write(pending, vectors, writer);
                progress.written(passages, vectors.embedded() + vectors.reused());
                // One segment: the index is written once and then only read.
                writer.forceMerge(1);
                Map<String, String> commit = new HashMap<>();
                commit.put(FORMAT_KEY, FORMAT);
                vectors.model().ifPresent(m -> commit.put(VECTOR_MODEL_KEY, m.name() + "/" + m.dimensions()));
                commit.put(VECTORS_MISSING_KEY, Integer.toString(vectors.missing()));
                writer.setLiveCommitData(commit.entrySet());
                writer.commit();
            }
            try (Directory suggestDir = FSDirectory.open(dir.resolve(ContentGeneration.SUGGEST_DIR))) {
                Suggestions.build(crawl, suggestDir);
            }
            int siteWords = SiteWordVectors.write(dir, embedder, vectors.model(), previous);
            return new Built(passages, vectors.embedded(), vectors.reused(), vectors.missing(),
                    repeated.templatePassages(), repeated.templateBlocks(), vectors.model(), siteWords);
        }
    }

    private static int write(List<Document> docs, PassageVectors vectors, IndexWriter writer) throws IOException {
        vectors.addTo(docs);
        writer.addDocuments(docs);
        int written = docs.size();
        docs.clear();
        return written;
    }
}
