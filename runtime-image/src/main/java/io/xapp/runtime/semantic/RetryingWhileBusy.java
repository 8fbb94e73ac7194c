package io.xapp.runtime.semantic;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The {@link Embedder} an index build uses: it waits out a busy inference service instead of giving up. The
 * service answers 503 with Retry-After when its queue is full (many runtimes indexing at once, as when a partner
 * onboards many customers together) or its model still loads, and an index built meanwhile would go without
 * vectors, answering from BM25 alone until it is built again. It waits what the service asks plus up to half
 * again (runtimes told the same then do not all come back at once), at most {@link #MAX_WAIT} in all per build; a
 * service that is down or does not answer in time fails at once, as before. A visitor's question is never retried.
 */
public final class RetryingWhileBusy implements Embedder {

    static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(RetryingWhileBusy.class);

    /** Sleeps; tests pass one that only records. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Embedder embedder;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private Duration waited = Duration.ZERO;

    RetryingWhileBusy(Embedder embedder, Sleeper sleeper, DoubleSupplier jitter) {
        this.embedder = embedder;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    /**
     * For one index build: its waits count towards one {@link #MAX_WAIT}, and {@code beforeEachWait} is told each
     * wait as it starts (the build's progress says it waits, not that it is stuck).
     */
    public static Embedder forOneBuild(Embedder embedder, Consumer<Duration> beforeEachWait) {
        if (!embedder.configured()) {
            return embedder;
        }
        return new RetryingWhileBusy(embedder, d -> {
            beforeEachWait.accept(d);
            Thread.sleep(d.toMillis());
        }, () -> ThreadLocalRandom.current().nextDouble(0.5));
    }

    @Override
    public Model model() {
        return retrying(embedder::model, "the model");
    }

    @Override
    public Embeddings embed(Kind kind, List<String> texts) {
        return retrying(() -> embedder.embed(kind, texts), texts.size() == 1 ? "a text" : texts.size() + " texts");
    }

    @Override
    public Embeddings embedWhileAVisitorWaits(List<String> questions) {
        return embedder.embedWhileAVisitorWaits(questions);
    }

    @Override
    public boolean configured() {
        return embedder.configured();
    }

    @Override
    public boolean available() {
        return embedder.available();
    }

    @Override
    public long busyAnswers() {
        return embedder.busyAnswers();
    }

    /** How long this build has waited for the service so far. */
    Duration waited() {
        return waited;
    }

    private <T> T retrying(Supplier<T> call, String what) {
        while (true) {
            try {
                return call.get();
            } catch (InferenceBusyException e) {
                long millis = e.retryAfter().toMillis();
                Duration wait = Duration.ofMillis(millis + (long) (millis * jitter.getAsDouble()));
                if (waited.plus(wait).compareTo(MAX_WAIT) > 0) {
                    throw new EmbeddingUnavailableException(e.getMessage() + "; still busy after this build waited "
                            + waited.toSeconds() + " s for it", e);
                }
                LOG.infof("the inference service is busy (%s); asking for %s again in %d s", e.getMessage(), what,
                        wait.toSeconds());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new EmbeddingUnavailableException("interrupted while waiting for a busy inference service",
                            interrupted);
                }
                waited = waited.plus(wait);
            }
        }
    }
}
