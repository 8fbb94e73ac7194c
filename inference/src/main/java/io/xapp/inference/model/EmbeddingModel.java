package io.xapp.inference.model;

/**
 * A sentence-embedding model whose ONNX file and tokenizer are resources of a jar on the class path, and how it
 * must be used: pooling, the instruction put before each kind of text, how many tokens it reads.
 *
 * @param name              the name clients compare with their index ({@code GET /v1/model})
 * @param dimensions        the length of each vector
 * @param maxTokens         the longest input the model reads, special tokens included; longer texts are cut
 * @param pooling           how token outputs become one vector
 * @param queryPrefix       put before every query ("" for none)
 * @param passagePrefix     put before every passage ("" for none)
 * @param onnxResource      class path resource of the ONNX model, found with {@code resourceAnchor}'s loader
 * @param tokenizerResource class path resource of the tokenizer (Hugging Face tokenizer.json)
 * @param resourceAnchor    a class of the jar holding the resources, so a missing dependency fails the build
 */
public record EmbeddingModel(
        String name,
        int dimensions,
        int maxTokens,
        Pooling pooling,
        String queryPrefix,
        String passagePrefix,
        String onnxResource,
        String tokenizerResource,
        Class<?> resourceAnchor) {

    /** The instruction for {@code kind}. */
    public String prefix(TextKind kind) {
        return kind == TextKind.QUERY ? queryPrefix : passagePrefix;
    }
}
