package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.xapp.runtime.index.PassageDocuments;
import io.xapp.runtime.semantic.Vectors;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The site's average passage, as a question's cosine with it. */
class TypicalPassageTest {

    private static Directory index(List<float[]> vectors) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (float[] v : vectors) {
                Document doc = new Document();
                if (v != null) {
                    PassageDocuments.addVector(doc, Vectors.normalise(v.clone()));
                }
                writer.addDocument(doc);
            }
        }
        return dir;
    }

    @Test
    void aQuestionIsComparedWithTheAverageOfThePassagesThatHaveVectors() throws IOException {
        try (Directory dir = index(Arrays.asList(new float[] {1, 0, 0}, new float[] {0, 1, 0}, null));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            double expected = 1 / Math.sqrt(2);
            assertThat(TypicalPassage.similarity(new float[] {1, 0, 0}, searcher)).isCloseTo(expected, within(1e-6));
            assertThat(TypicalPassage.similarity(new float[] {0, 0, 1}, searcher)).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    void withoutVectorsThereIsNoAverage() throws IOException {
        try (Directory dir = index(Arrays.asList((float[]) null));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(TypicalPassage.similarity(new float[] {1, 0, 0}, new IndexSearcher(reader))).isNaN();
        }
    }
}
