package io.xapp.inference.model;

/**
 * How the model runs on this machine.
 *
 * @param intraOpThreads  ONNX Runtime threads per model call: the cores the pod may use. More threads than cores
 *                        only make them wait on each other (and on a CPU limit, get throttled)
 * @param spinning        whether idle ONNX Runtime threads spin for work instead of sleeping: a little less
 *                        latency, but they burn CPU between calls that other processes on the node could use
 * @param maxBatchTokens  at most this many tokens (rows times the longest row, padding included) in one model call;
 *                        bounds the memory of one call, whose attention grows with rows times length squared
 */
public record EncoderSettings(int intraOpThreads, boolean spinning, int maxBatchTokens) {

    public EncoderSettings {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be at least 1, got " + intraOpThreads);
        }
        if (maxBatchTokens < 1) {
            throw new IllegalArgumentException("maxBatchTokens must be at least 1, got " + maxBatchTokens);
        }
    }
}
