package io.xapp.runtime.content;

import io.xapp.runtime.index.PassageDocuments;
import io.xapp.runtime.index.PassageFields;
import io.xapp.runtime.semantic.Embedder;
import io.xapp.runtime.semantic.EmbeddingUnavailableException;
import io.xapp.runtime.semantic.InferenceClient;
import io.xapp.runtime.semantic.Vectors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * Gives the passages of a generation being built their vectors: an unchanged passage keeps the vector the previous
 * generation holds (a daily crawl re-embeds only what changed), the rest are embedded by the inference service in
 * batches. When the service cannot answer, the rest go without a vector and the generation records how many: it
 * answers from BM25 for those, and {@link ContentService} builds it again once the service is back.
 */
final class PassageVectors implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PassageVectors.class);

    private final Embedder embedder;
    /** The model of the vectors this generation holds; empty when it holds none. */
    private Optional<Embedder.Model> model;
    private boolean serviceAnswers;
    private final Previous previous;
    private int embedded;
    private int reused;
    private int missing;

    private PassageVectors(Embedder embedder, Optional<Embedder.Model> serviceModel, Previous previous) {
        this.embedder = embedder;
        this.serviceAnswers = serviceModel.isPresent();
        this.previous = previous;
        this.model = serviceModel.isPresent() ? serviceModel : previous.model();
    }

    /**
     * @param previousDir the generation being replaced, whose vectors of the same model are reused; empty for none
     */
    static PassageVectors open(Embedder embedder, Optional<Path> previousDir) {
        Optional<Embedder.Model> serviceModel = Optional.empty();
        if (embedder.configured()) {
            try {
                serviceModel = Optional.of(embedder.model());
            } catch (EmbeddingUnavailableException e) {
                LOG.warnf("indexing without new passage vectors: %s; answers use BM25 for the passages left "
                        + "without one until the inference service is back", e.getMessage());
            }
        }
        Previous previous = Previous.NONE;
        if (previousDir.isPresent()) {
            try {
                previous = Previous.open(previousDir.get(), serviceModel);
            } catch (IOException e) {
                LOG.warnf("the vectors of the last index in %s cannot be read (%s); every passage is embedded anew",
                        previousDir.get(), e.getMessage());
            }
        }
        return new PassageVectors(embedder, serviceModel, previous);
    }

    /** Adds a vector to each document that can have one (documents made by {@link PassageDocuments#of}). */
    void addTo(List<Document> docs) throws IOException {
        List<Document> toEmbed = new ArrayList<>();
        for (Document doc : docs) {
            float[] kept = previous.vector(doc.getBinaryValue(PassageFields.EMBEDDING_KEY));
            if (kept != null) {
                PassageDocuments.addVector(doc, kept);
                reused++;
            } else {
                toEmbed.add(doc);
            }
        }
        // Batches of whole passages, up to MAX_BATCH units each (a passage of more units is a batch of its own).
        List<Document> batch = new ArrayList<>();
        List<List<String>> batchUnits = new ArrayList<>();
        int units = 0;
        for (Document doc : toEmbed) {
            List<String> docUnits = PassageDocuments.embeddingUnits(doc);
            if (!batch.isEmpty() && units + docUnits.size() > InferenceClient.MAX_BATCH) {
                embed(batch, batchUnits);
                batch = new ArrayList<>();
                batchUnits = new ArrayList<>();
                units = 0;
            }
            batch.add(doc);
            batchUnits.add(docUnits);
            units += docUnits.size();
        }
        if (!batch.isEmpty()) {
            embed(batch, batchUnits);
        }
    }

    /** @param units each document's {@link PassageDocuments#embeddingUnits}, in order */
    private void embed(List<Document> docs, List<List<String>> units) {
        if (!serviceAnswers) {
            missing += docs.size();
            return;
        }
        List<String> texts = units.stream().flatMap(List::stream).toList();
        try {
            Embedder.Embeddings embeddings = embedder.embed(Embedder.Kind.PASSAGE, texts);
            if (!embeddings.model().equals(model.orElse(null))) {
                throw new EmbeddingUnavailableException("the inference service switched models mid-build, from "
                        + model.map(Embedder.Model::name).orElse("none") + " to " + embeddings.model().name());
            }
            int next = 0;
            for (int i = 0; i < docs.size(); i++) {
                int count = units.get(i).size();
                List<float[]> parts = embeddings.vectors().subList(next, next + count);
                PassageDocuments.addVector(docs.get(i),
                        Vectors.meanDirection(parts, PassageDocuments.embeddingWeights(count)));
                next += count;
            }
            embedded += docs.size();
        } catch (EmbeddingUnavailableException e) {
            // One failure ends embedding for this build: waiting on a failing service per batch would stall it.
            LOG.warnf("embedding passages failed, the rest of this index goes without new vectors: %s",
                    e.getMessage());
            serviceAnswers = false;
            missing += docs.size();
        }
    }

    Optional<Embedder.Model> model() {
        return embedded + reused == 0 ? Optional.empty() : model;
    }

    int embedded() {
        return embedded;
    }

    int reused() {
        return reused;
    }

    int missing() {
        return missing;
    }

    @Override
    public void close() throws IOException {
        previous.close();
    }

    /** The previous generation's vectors by embedding key, when they are of the model in use. */
    private static final class Previous implements AutoCloseable {

        static final Previous NONE = new Previous(null, null, Map.of(), Optional.empty());

        private final Directory dir;
        private final DirectoryReader reader;
        private final Map<BytesRef, Integer> docByKey;
        private final Optional<Embedder.Model> model;
        private FloatVectorValues values;

        private Previous(Directory dir, DirectoryReader reader, Map<BytesRef, Integer> docByKey,
                         Optional<Embedder.Model> model) {
            this.dir = dir;
            this.reader = reader;
            this.docByKey = docByKey;
            this.model = model;
        }

        static Previous open(Path generationDir, Optional<Embedder.Model> serviceModel) throws IOException {
            Optional<Embedder.Model> model = IndexBuilder.vectorModel(generationDir);
            if (model.isEmpty() || serviceModel.isPresent() && !serviceModel.equals(model)) {
                return NONE;
            }
            Directory dir = FSDirectory.open(generationDir.resolve(ContentGeneration.PASSAGES_DIR));
            DirectoryReader reader = DirectoryReader.open(dir);
            // Written by IndexBuilder: one segment.
            LeafReader leaf = reader.leaves().get(0).reader();
            Map<BytesRef, Integer> docByKey = new HashMap<>();
            BinaryDocValues keys = leaf.getBinaryDocValues(PassageFields.EMBEDDING_KEY);
            FloatVectorValues vectors = leaf.getFloatVectorValues(PassageFields.VECTOR);
            if (keys != null && vectors != null) {
                for (int doc = vectors.nextDoc(); doc != FloatVectorValues.NO_MORE_DOCS; doc = vectors.nextDoc()) {
                    if (keys.advanceExact(doc)) {
                        docByKey.put(BytesRef.deepCopyOf(keys.binaryValue()), doc);
                    }
                }
            }
            return new Previous(dir, reader, docByKey, model);
        }

        Optional<Embedder.Model> model() {
            return docByKey.isEmpty() ? Optional.empty() : model;
        }

        /** The vector kept for {@code key}, or null. */
        float[] vector(BytesRef key) throws IOException {
            Integer doc = key == null ? null : docByKey.get(key);
            if (doc == null) {
                return null;
            }
            // Vector values only move forward; passages mostly come in the previous crawl's order.
            if (values == null || values.docID() > doc) {
                values = reader.leaves().get(0).reader().getFloatVectorValues(PassageFields.VECTOR);
            }
            if (values.docID() < doc) {
                values.advance(doc);
            }
            return values.vectorValue().clone();
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
                dir.close();
            }
        }
    }
}
