package io.xapp.inference.model;

/** How a model turns its per-token outputs into one vector: the way it was trained to be used. */
public enum Pooling {
    /** The first token's output ({@code [CLS]}), as BGE models are used. */
    CLS,
    /** The mean of the outputs of the real (not padding) tokens, as MiniLM and E5 models are used. */
    MEAN
}
