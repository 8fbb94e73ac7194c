package io.xapp.runtime.semantic;

/** The inference service could not embed: down, slow, refusing, or not configured. Answers fall back to BM25. */
public class EmbeddingUnavailableException extends RuntimeException {

    public EmbeddingUnavailableException(String message) {
        super(message);
    }

    public EmbeddingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
