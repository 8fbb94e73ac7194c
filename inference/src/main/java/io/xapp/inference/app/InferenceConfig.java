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

    /** ONNX Runtime threads per model call. Default: the processors the JVM sees (the pod's CPU limit). */
    OptionalInt intraOpThreads();

    /** Threads calling the model. */
    @WithDefault("1")
    int workers();

    /** Whether ONNX Runtime's idle threads spin for work (see EncoderSettings). */
    @WithDefault("false")
    boolean spinning();

    /** Tokens in one model call at most, padding included: bounds its memory. */
    @WithDefault("8192")
    int maxBatchTokens();

    /** How long a worker waits for more questions to batch with the first. */
    @WithDefault("2ms")
    Duration batchWindow();

    @WithDefault("64")
    int maxQueryBatch();

    @WithDefault("8")
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

    /** Bytes of one request body at most (413 beyond). */
    @WithDefault("1048576")
    int maxBodyBytes();
}
