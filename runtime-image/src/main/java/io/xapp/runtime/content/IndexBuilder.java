package io.xapp.runtime.content;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PassageDocuments;
import io.xapp.runtime.index.Suggestions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Writes a crawl into a new index directory: one document per passage, then the suggestion index beside it. */
public final class IndexBuilder {

    /**
     * The layout of the passage documents, in the index's commit data: a runtime crawls anew rather than read an
     * index an older runtime wrote differently (1: text in stored fields, KStem only; 2: text in doc values,
     * plurals KStem leaves whole stemmed too).
     */
    static final String FORMAT = "2";
    static final String FORMAT_KEY = "xapp.format";

    private IndexBuilder() {
    }

    /** The format of the passage index in generation directory {@code dir} ("1" when it names none). */
    static String format(Path dir) throws IOException {
        try (Directory passagesDir = FSDirectory.open(dir.resolve(ContentGeneration.PASSAGES_DIR))) {
            return SegmentInfos.readLatestCommit(passagesDir).getUserData().getOrDefault(FORMAT_KEY, "1");
        }
    }

    /** Builds into {@code dir}, which must be empty; returns the number of passages indexed. */
    public static int build(CrawlResult crawl, Path dir) throws IOException {
        int passages = 0;
        try (Directory passagesDir = FSDirectory.open(dir.resolve(ContentGeneration.PASSAGES_DIR))) {
            IndexWriterConfig config = new IndexWriterConfig(ContentAnalyzers.indexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try (IndexWriter writer = new IndexWriter(passagesDir, config)) {
                for (CrawledPage page : crawl.pages()) {
                    var docs = PassageDocuments.of(page);
                    writer.addDocuments(docs);
                    passages += docs.size();
                }
                // One segment: the index is written once and then only read.
                writer.forceMerge(1);
                writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
                writer.commit();
            }
        }
        try (Directory suggestDir = FSDirectory.open(dir.resolve(ContentGeneration.SUGGEST_DIR))) {
            Suggestions.build(crawl, suggestDir);
        }
        return passages;
    }
}
