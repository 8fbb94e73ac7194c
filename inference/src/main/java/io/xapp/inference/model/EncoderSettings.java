package io.xapp.inference.model;

/**
 * How the model runs on this machine.
 *
 * @param intraOpThreads  ONNX Runtime threads per model call. One call embeds one text, too little work to share:
 *                        on this machine one thread embeds 680 questions a second and two 480 (they wait on each
 *                        other); the service runs calls side by side on its workers instead
 * @param spinning        whether idle ONNX Runtime threads spin for work instead of sleeping: a little less
 *                        latency, but they burn CPU between calls that other processes on the node could use
 */
public record EncoderSettings(int intraOpThreads, boolean spinning) {

    public EncoderSettings {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be at least 1, got " + intraOpThreads);
        }
    }
}
