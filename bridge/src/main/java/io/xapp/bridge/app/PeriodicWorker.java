package io.xapp.bridge.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;

/**
 * Runs one round of durable work (outbox, notifications) on its own thread at a fixed delay, and at once again when
 * a round made progress, so a backlog drains without waiting for the next tick.
 */
final class PeriodicWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PeriodicWorker.class);

    private final String name;
    private final IntSupplier round;
    private final Duration delay;
    private final ScheduledExecutorService executor;

    PeriodicWorker(String name, IntSupplier round, Duration delay) {
        this.name = name;
        this.round = round;
        this.delay = delay;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        executor.scheduleWithFixedDelay(this::drain, 0, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drain() {
        try {
            // Keep going while there is progress, at most 100 rounds so one tick cannot run forever.
            boolean progress = true;
            for (int rounds = 0; progress && rounds < 100; rounds++) {
                progress = round.getAsInt() > 0;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s round failed; trying again in %d ms", name, delay.toMillis());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
