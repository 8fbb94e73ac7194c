package io.xapp.inference.batch;

import java.time.Duration;

/**
 * How requests become rounds of work for the embedder.
 *
 * @param workers          threads calling the embedder, each one round at a time
 * @param window           how long a worker that found one question waits for more to take in the same round
 *                         (concurrent questions arrive within a millisecond or two); 0 when the embedder gains
 *                         nothing from several at once
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
