package io.xapp.bridge.intake;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs tasks on a bounded pool, one lane per customer: tasks of one customer run one at a time, in the order they
 * were submitted; tasks of different customers run in parallel, up to {@code threads} at once. So events of a burst
 * are applied concurrently while a customer's Cancellation never overtakes its CreateSubscription.
 */
final class CustomerLanes implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CustomerLanes.class);

    private final ExecutorService pool;
    /** Lanes with work queued or running; a lane is removed when it runs dry. Guarded by itself. */
    private final Map<String, Queue<Runnable>> lanes = new HashMap<>();

    CustomerLanes(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "event-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code task} behind the customer's earlier tasks. */
    void submit(String customerId, Runnable task) {
        synchronized (lanes) {
            Queue<Runnable> lane = lanes.computeIfAbsent(customerId, c -> new ArrayDeque<>());
            lane.add(task);
            if (lane.size() > 1) {
                return; // the lane's runner picks it up after the tasks before it
            }
        }
        try {
            pool.execute(() -> drain(customerId));
        } catch (RejectedExecutionException e) {
            synchronized (lanes) {
                lanes.remove(customerId);
            }
            throw e;
        }
    }

    /** Runs the customer's tasks in order until its lane is empty, then removes the lane. */
    private void drain(String customerId) {
        boolean more = true;
        try {
            while (more) {
                Runnable next;
                synchronized (lanes) {
                    next = lanes.get(customerId).peek();
                }
                try {
                    next.run();
                } catch (RuntimeException e) {
                    // A task reports its own failures; one that escapes must not stall the customer's later events.
                    LOG.errorf(e, "handling an event of customer %s failed", customerId);
                }
                more = finished(customerId);
            }
        } catch (Error e) {
            // The thread dies with the error; another one takes over the rest of the lane.
            if (finished(customerId)) {
                pool.execute(() -> drain(customerId));
            }
            throw e;
        }
    }

    /** Takes the task that ran off the lane; true when the lane has more, else the lane is gone. */
    private boolean finished(String customerId) {
        synchronized (lanes) {
            Queue<Runnable> lane = lanes.get(customerId);
            lane.poll();
            if (lane.isEmpty()) {
                lanes.remove(customerId);
                return false;
            }
            return true;
        }
    }

    /**
     * Takes no more tasks and waits for the queued ones (a stopping consumer's tasks return at once); after 30 s the
     * stragglers are interrupted.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
