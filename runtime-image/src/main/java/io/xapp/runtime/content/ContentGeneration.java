package io.xapp.runtime.content;

import io.xapp.runtime.index.SiteWords;
import io.xapp.runtime.index.Suggestions;
import io.xapp.runtime.semantic.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * One complete, opened index: the passages, the suggestions and what the crawl that made it found. Readers lease it
 * ({@link #tryAcquire()} / {@link #release()}); it closes itself, and runs {@code onClosed}, only once it has been
 * retired and the last lease is returned, so a swap never pulls an index from under a running search.
 */
public final class ContentGeneration {

    static final String PASSAGES_DIR = "passages";
    static final String SUGGEST_DIR = "suggest";

    private static final Logger LOG = Logger.getLogger(ContentGeneration.class);

    private final String name;
    private final Directory passagesDir;
    private final Directory suggestDir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Suggestions suggestions;
    private final CrawlSummary summary;
    private final Optional<Embedder.Model> vectorModel;
    private final int missingVectors;
    private final Optional<SiteWords> siteWords;

    private ContentGeneration(String name, Directory passagesDir, Directory suggestDir, DirectoryReader reader,
                              Suggestions suggestions, CrawlSummary summary, Optional<SiteWords> siteWords) {
        this.name = name;
        this.siteWords = siteWords;
        this.passagesDir = passagesDir;
        this.suggestDir = suggestDir;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.suggestions = suggestions;
        this.summary = summary;
        Map<String, String> commit = commitData(reader);
        this.vectorModel = IndexBuilder.parseModel(commit.get(IndexBuilder.VECTOR_MODEL_KEY));
        this.missingVectors = vectorModel.isEmpty() ? reader.numDocs()
                : Integer.parseInt(commit.getOrDefault(IndexBuilder.VECTORS_MISSING_KEY, "0"));
    }

    private static Map<String, String> commitData(DirectoryReader reader) {
        try {
            return reader.getIndexCommit().getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's commit data failed", e);
        }
    }

    /** Opens a generation directory written by {@link IndexBuilder}; {@code onClosed} runs after the last lease. */
    static ContentGeneration open(Path dir, CrawlSummary summary, Runnable onClosed) throws IOException {
        Directory passagesDir = FSDirectory.open(dir.resolve(PASSAGES_DIR));
        Directory suggestDir = FSDirectory.open(dir.resolve(SUGGEST_DIR));
        try {
            DirectoryReader reader = DirectoryReader.open(passagesDir);
            Suggestions suggestions = Suggestions.open(suggestDir);
            ContentGeneration generation = new ContentGeneration(dir.getFileName().toString(), passagesDir,
                    suggestDir, reader, suggestions, summary, SiteWords.open(dir.resolve(SiteWords.DIR)));
            reader.getReaderCacheHelper().addClosedListener(key -> generation.closeRest(onClosed));
            return generation;
        } catch (IOException | RuntimeException e) {
            passagesDir.close();
            suggestDir.close();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    public CrawlSummary summary() {
        return summary;
    }

    /** The model of the passages' vectors; empty when the index has none (answers from BM25 alone). */
    public Optional<Embedder.Model> vectorModel() {
        return vectorModel;
    }

    /** The site's words with their vectors, in the passages' model; empty when the generation has none. */
    public Optional<SiteWords> siteWords() {
        return siteWords;
    }

    /** Passages without a vector: the inference service could not embed them when this generation was built. */
    public int missingVectors() {
        return missingVectors;
    }

    public int passages() {
        return reader.numDocs();
    }

    /** Takes a lease; false when the generation is already closed (retry with the current one). */
    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("closing index generation " + name + " failed", e);
        }
    }

    /** Drops the index's own reference: it closes when the last lease is returned. */
    void retire() {
        release();
    }

    private void closeRest(Runnable onClosed) {
        try {
            suggestions.close();
            suggestDir.close();
            if (siteWords.isPresent()) {
                siteWords.get().close();
            }
            passagesDir.close();
        } catch (IOException e) {
            LOG.warnf(e, "closing index generation %s left files open", name);
        }
        onClosed.run();
    }
}
