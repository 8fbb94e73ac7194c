package io.xapp.runtime.content;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PassageDocuments;
import io.xapp.runtime.index.Suggestions;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Writes a crawl into a new index directory: one document per passage, then the suggestion index beside it. */
public final class IndexBuilder {

    private IndexBuilder() {
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
                writer.commit();
            }
        }
        try (Directory suggestDir = FSDirectory.open(dir.resolve(ContentGeneration.SUGGEST_DIR))) {
            Suggestions.build(crawl, suggestDir);
        }
        return passages;
    }
}
