package io.xapp.runtime.content;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The index searches run against. A new generation replaces the current one in one atomic step; searches that
 * started on the old one finish on it (they hold a lease), new ones see only the new one, none ever sees half an
 * index.
 */
public final class ContentIndex {

    private final AtomicReference<ContentGeneration> current = new AtomicReference<>();

    /** A lease on the current generation; close it when done. Empty until a first index exists. */
    public Optional<Lease> acquire() {
        while (true) {
            ContentGeneration generation = current.get();
            if (generation == null) {
                return Optional.empty();
            }
            if (generation.tryAcquire()) {
                return Optional.of(new Lease(generation));
            }
            // Retired between get() and tryAcquire(): the next get() returns its successor.
        }
    }

    /** A lease on the current generation, or {@link NotReadyException} before the first index. */
    public Lease require() {
        return acquire().orElseThrow(NotReadyException::new);
    }

    public boolean isReady() {
        return current.get() != null;
    }

    /** Makes {@code next} current and retires the previous generation (closed after its last lease). */
    void swap(ContentGeneration next) {
        ContentGeneration previous = current.getAndSet(next);
        if (previous != null) {
            previous.retire();
        }
    }

    void close() {
        ContentGeneration previous = current.getAndSet(null);
        if (previous != null) {
            previous.retire();
        }
    }

    /** A generation held open for one request. */
    public static final class Lease implements AutoCloseable {
        private final ContentGeneration generation;
        private boolean released;

        Lease(ContentGeneration generation) {
            this.generation = generation;
        }

        public ContentGeneration generation() {
            return generation;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                generation.release();
            }
        }
    }
}
