package io.xapp.runtime.search;

import io.xapp.runtime.index.ContentAnalyzers;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/** A test's content index in memory, analysed as the real one: written once, read until closed. */
final class InMemoryIndex implements AutoCloseable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private InMemoryIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    static InMemoryIndex of(List<Document> docs) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ContentAnalyzers.indexing()))) {
            writer.addDocuments(docs);
        }
        return new InMemoryIndex(directory);
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
