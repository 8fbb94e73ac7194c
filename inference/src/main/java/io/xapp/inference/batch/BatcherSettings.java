package io.xapp.inference.batch;

import java.time.Duration;

/**
 * How requests become model calls.
 *
 * @param workers          threads calling the model; each call uses the model's own threads (intra-op)
 * @param window           how long a worker that found one question waits for more before calling the model:
 *                         concurrent questions arrive within a millisecond or two and share one call
 * @param maxQueryBatch    at most this many questions in one round
 * @param passageRound     at most this many passages in one round, so that a question waits behind at most one
 *                         round of passages (questions always go first)
 * @param queryCapacity    texts that may wait in the question queue; beyond it requests are refused (503)
 * @param passageCapacity  texts that may wait in the passage queue
 */
public record BatcherSettings(int workers, Duration window, int maxQueryBatch, int passageRound, int queryCapacity,
        int passageCapacity) {

    public BatcherSettings {
        if (workers < 1 || maxQueryBatch < 1 || passageRound < 1 || queryCapacity < 1 || passageCapacity < 1) {
            throw new IllegalArgumentException("workers, batch sizes and capacities must be at least 1, got workers "
                    + workers + ", maxQueryBatch " + maxQueryBatch + ", passageRound " + passageRound
                    + ", queryCapacity " + queryCapacity + ", passageCapacity " + passageCapacity);
        }
        if (window.isNegative()) {
            throw new IllegalArgumentException("the batch window cannot be negative: " + window);
        }
    }
}
