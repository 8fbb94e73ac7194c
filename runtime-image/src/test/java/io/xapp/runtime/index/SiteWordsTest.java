package io.xapp.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.runtime.semantic.Vectors;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's words: which are kept, how they are stored, and that only a near enough one stands for another. */
class SiteWordsTest {

    @TempDir
    Path dir;

    @Test
    void theVocabularyIsTheSitesWordsOfLettersWithoutStopWordsOrShortOnes() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ContentAnalyzers.indexing()))) {
                Document doc = new Document();
                doc.add(new TextField(PassageFields.WORDS, "Rabbits and ferrets: exams at 9 am, $68 (3D x-rays)",
                        Field.Store.NO));
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                // "xrays": the spell checker's vocabulary holds a hyphenated word joined too.
                assertThat(SiteWords.vocabulary(reader)).containsExactlyInAnyOrder("rabbits", "ferrets", "exams",
                        "rays", "xrays");
            }
        }
    }

    @Test
    void theNearestWordStandsInOnlyWhereItIsNearEnough() throws Exception {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        vectors.put("rabbit", Vectors.normalise(new float[] {1, 0, 0}));
        vectors.put("ferret", Vectors.normalise(new float[] {0, 1, 0}));
        SiteWords.write(dir.resolve(SiteWords.DIR), vectors);

        assertThat(SiteWords.read(dir.resolve(SiteWords.DIR))).containsOnlyKeys("rabbit", "ferret");
        try (SiteWords words = SiteWords.open(dir.resolve(SiteWords.DIR)).orElseThrow()) {
            float[] bunny = Vectors.normalise(new float[] {0.9f, 0.2f, 0.1f});
            float[] parrot = Vectors.normalise(new float[] {0.5f, 0.5f, 0.7f});
            assertThat(words.nearest(List.of("bunny", "parrot"), List.of(bunny, parrot), 0.8))
                    .containsExactly(Map.entry("bunny", "rabbit"));
        }
    }

    @Test
    void aGenerationWithoutWordsHasNone() throws Exception {
        assertThat(SiteWords.open(dir.resolve(SiteWords.DIR))).isEmpty();
        assertThat(SiteWords.read(dir.resolve(SiteWords.DIR))).isEmpty();
    }
}
