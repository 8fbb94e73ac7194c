package io.xapp.inference.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The service's settings ({@code xapp.inference.*}, or environment variables such as
 * {@code XAPP_INFERENCE_INTRA_OP_THREADS}); docs/inference.md explains how they were chosen.
 */
@ConfigMapping(prefix = "xapp.inference")
public interface InferenceConfig {

    /** ONNX Runtime threads per model call (one text; see EncoderSettings). */
    @WithDefault("1")
    int intraOpThreads();

    /** Threads calling the model, each one call at a time. Default: the processors the JVM sees (the CPU limit). */
    OptionalInt workers();

    /** Whether ONNX Runtime's idle threads spin for work (see EncoderSettings). */
    @WithDefault("false")
    boolean spinning();

    /**
     * How long a worker that found one question waits for more to take in the same round. The model embeds each
     * text alone, so waiting only delays the first: 0 unless a model that batches comes back.
     */
    @WithDefault("0ms")
    Duration batchWindow();

    /**
     * Questions a worker takes in one round. One: the model embeds each alone, and a worker holding several keeps
     * the others idle while the last question waits.
     */
    @WithDefault("1")
    int maxQueryBatch();

    /** Passage texts a worker takes in one round: a question waits behind at most this many per busy worker. */
    @WithDefault("1")
    int passageRound();

    /** Question texts that may wait; more are refused with 503. */
    @WithDefault("256")
    int queryQueue();

    /** Passage texts that may wait; more are refused with 503. */
    @WithDefault("256")
    int passageQueue();

    /** Texts in one request at most. */
    @WithDefault("64")
    int maxTexts();

    /**
     * Bytes of the heap the vectors of recent texts may take (VectorCache), 0 for none. 32 MiB holds about 19,000
     * words' vectors, more than the 117 fixture and probe sites use between them (13,800).
     */
    @WithDefault("33554432")
    long vectorCacheBytes();

    /** Bytes of one request body at most (413 beyond). */
    @WithDefault("1048576")
    int maxBodyBytes();
}
