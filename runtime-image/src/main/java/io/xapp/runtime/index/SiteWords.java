package io.xapp.runtime.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The words a site uses, each with its vector, in a small index of its own beside the passages: a visitor's word the
 * site never uses ("bunny", "couches") stands for the site's word nearest in meaning ("rabbit", "sofas") where one
 * is near enough. Spelling ({@code SpellCorrector}) finds the site's word a visitor mistyped; this one finds the
 * word the site would have used.
 */
public final class SiteWords implements AutoCloseable {

    /** The directory of a generation the words are kept in. */
    public static final String DIR = "words";
    private static final String WORD = "word";
    private static final String VECTOR = "vector";
    /** Shorter words are mostly abbreviations and units, whose vectors say little. */
    private static final int MIN_LENGTH = 3;

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private SiteWords(Directory dir, DirectoryReader reader) {
        this.dir = dir;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * The words of the passage index worth a vector: the spell checker's vocabulary ({@link PassageFields#WORDS}),
     * letters only, no stop words.
     */
    public static List<String> vocabulary(IndexReader passages) throws IOException {
        List<String> words = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(passages, PassageFields.WORDS);
        if (terms == null) {
            return words;
        }
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            String word = term.utf8ToString();
            if (word.length() >= MIN_LENGTH && word.chars().allMatch(Character::isLetter)
                    && !ContentAnalyzers.STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Writes {@code vectors} (each word's, of one model) into {@code dir}, which must be new. */
    public static void write(Path dir, Map<String, float[]> vectors) throws IOException {
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory,
                     new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Map.Entry<String, float[]> word : vectors.entrySet()) {
                Document doc = new Document();
                doc.add(new StoredField(WORD, word.getKey()));
                doc.add(new KnnFloatVectorField(VECTOR, word.getValue(), VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
        }
    }

    /** Each word's vector as kept in {@code dir}, for a new generation to reuse; empty when there is none. */
    public static Map<String, float[]> read(Path dir) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return vectors;
        }
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (var context : reader.leaves()) {
                LeafReader leaf = context.reader();
                FloatVectorValues values = leaf.getFloatVectorValues(VECTOR);
                StoredFields stored = leaf.storedFields();
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != FloatVectorValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    vectors.put(stored.document(doc).get(WORD), values.vectorValue().clone());
                }
            }
        }
        return vectors;
    }

    /** The words kept in {@code dir}; empty when the generation has none (built without vectors, or before them). */
    public static Optional<SiteWords> open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Directory directory = FSDirectory.open(dir);
        try {
            return Optional.of(new SiteWords(directory, DirectoryReader.open(directory)));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The word nearest {@code vector} (a unit vector of the same model), if its cosine is at least {@code min}. */
    private Optional<String> nearest(float[] vector, double min) throws IOException {
        ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, 1), 1).scoreDocs;
        // Lucene scores a dot product of unit vectors as (1 + cosine) / 2.
        if (hits.length == 0 || 2.0 * hits[0].score - 1 < min) {
            return Optional.empty();
        }
        return Optional.of(searcher.storedFields().document(hits[0].doc).get(WORD));
    }

    /** For each of {@code words}, by its vector, the nearest word at a cosine of at least {@code min}, if any. */
    public Map<String, String> nearest(List<String> words, List<float[]> vectors, double min) {
        Map<String, String> found = new LinkedHashMap<>();
        try {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                nearest(vectors.get(i), min).ifPresent(near -> found.put(word, near));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the site's words failed", e);
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
