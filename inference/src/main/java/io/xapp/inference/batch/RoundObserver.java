package io.xapp.inference.batch;

import io.xapp.inference.model.TextKind;

/** Told about every round and every refusal (metrics). */
public interface RoundObserver {

    RoundObserver NONE = new RoundObserver() {
    };

    /** A round of {@code texts} texts of {@code kind} took {@code nanos}, with the oldest waiting {@code waitNanos}. */
    default void round(TextKind kind, int texts, long nanos, long waitNanos) {
    }

    /** A request of {@code priority} was refused because its queue was full. */
    default void refused(Priority priority) {
    }
}
