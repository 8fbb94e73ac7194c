package io.xapp.runtime.content;

import io.xapp.runtime.index.SiteWords;
import io.xapp.runtime.semantic.Embedder;
import io.xapp.runtime.semantic.EmbeddingUnavailableException;
import io.xapp.runtime.semantic.InferenceClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * Gives a generation its {@link SiteWords}: every word of its passages with a vector of the passages' model, those
 * the generation being replaced holds kept (a daily crawl adds few new words), the rest embedded by the inference
 * service. Without a model, or when the service fails meanwhile, the generation goes without: a visitor's word the
 * site never uses then stays unknown, as it did before site words.
 */
final class SiteWordVectors {

    private static final Logger LOG = Logger.getLogger(SiteWordVectors.class);

    private SiteWordVectors() {
    }

    /**
     * Writes the words of the passage index in {@code dir} into {@code dir}'s {@link SiteWords#DIR}.
     *
     * @param model    the model of the passages' vectors; empty for none (then nothing is written)
     * @param previous the generation being replaced, whose words' vectors of the same model are reused
     * @return how many words were written
     */
    static int write(Path dir, Embedder embedder, Optional<Embedder.Model> model, Optional<Path> previous)
            throws IOException {
        if (model.isEmpty()) {
            return 0;
        }
        List<String> words;
        try (Directory passages = FSDirectory.open(dir.resolve(ContentGeneration.PASSAGES_DIR));
             DirectoryReader reader = DirectoryReader.open(passages)) {
            words = SiteWords.vocabulary(reader);
        }
        Map<String, float[]> kept = previous.isPresent() && IndexBuilder.vectorModel(previous.get()).equals(model)
                ? SiteWords.read(previous.get().resolve(SiteWords.DIR)) : Map.of();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        List<String> toEmbed = new ArrayList<>();
        for (String word : words) {
            float[] vector = kept.get(word);
            if (vector != null) {
                vectors.put(word, vector);
            } else {
                toEmbed.add(word);
            }
        }
        try {
            for (int from = 0; from < toEmbed.size(); from += InferenceClient.MAX_BATCH) {
                List<String> batch = toEmbed.subList(from, Math.min(toEmbed.size(), from + InferenceClient.MAX_BATCH));
                // As a visitor's words are embedded (QuestionVectors), so that the two compare.
                Embedder.Embeddings embeddings = embedder.embed(Embedder.Kind.QUERY, batch);
                if (!embeddings.model().equals(model.get())) {
                    throw new EmbeddingUnavailableException("the inference service switched models mid-build, from "
                            + model.get().name() + " to " + embeddings.model().name());
                }
                for (int i = 0; i < batch.size(); i++) {
                    vectors.put(batch.get(i), embeddings.vectors().get(i));
                }
            }
        } catch (EmbeddingUnavailableException e) {
            LOG.warnf("embedding the site's words failed, this index goes without them (a visitor's word the site "
                    + "never uses stays unknown until the next build): %s", e.getMessage());
            return 0;
        }
        SiteWords.write(dir.resolve(SiteWords.DIR), vectors);
        return vectors.size();
    }
}
