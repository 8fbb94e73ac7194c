package io.xapp.runtime.semantic;

import java.util.List;

/**
 * Turns text into sentence-embedding vectors (L2-normalised, so a dot product is the cosine). The runtime never runs
 * the model itself: {@link InferenceClient} asks the partner environment's inference service.
 */
public interface Embedder {

    /** Questions and passages are embedded differently by some models (an instruction prefix for short queries). */
    enum Kind {
        QUERY, PASSAGE;

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The model vectors come from: vectors of different models are never compared. */
    record Model(String name, int dimensions) {
    }

    /** The model the service runs now. @throws EmbeddingUnavailableException when it cannot be asked */
    Model model();

    /** Vectors of one model, one per text in order, each of unit length. */
    record Embeddings(Model model, List<float[]> vectors) {
    }

    /**
     * One vector per text, in order. @throws EmbeddingUnavailableException when the service cannot answer; the
     * caller carries on without vectors
     */
    Embeddings embed(Kind kind, List<String> texts);

    /**
     * {@link #embed} of questions while a visitor waits for the answer: an implementation gives up sooner here,
     * since an answer from BM25 alone now beats a better one late. Indexing calls {@link #embed}, which may wait.
     */
    default Embeddings embedWhileAVisitorWaits(List<String> questions) {
        return embed(Kind.QUERY, questions);
    }

    /** Whether an embedder is configured at all (a runtime without an inference service is lexical only). */
    default boolean configured() {
        return true;
    }

    /** Whether the last call answered (false before the first one, and when none is configured). */
    default boolean available() {
        return false;
    }

    /** How many calls the service refused as busy (503) so far: a service that needs more replicas. */
    default long busyAnswers() {
        return 0;
    }

    /** No inference service configured: every call is unavailable. */
    Embedder NONE = new Embedder() {
        @Override
        public Model model() {
            throw new EmbeddingUnavailableException("no inference service is configured (inferenceUrl)");
        }

        @Override
        public Embeddings embed(Kind kind, List<String> texts) {
            throw new EmbeddingUnavailableException("no inference service is configured (inferenceUrl)");
        }

        @Override
        public boolean configured() {
            return false;
        }
    };
}
