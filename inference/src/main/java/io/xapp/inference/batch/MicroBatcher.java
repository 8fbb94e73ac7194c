package io.xapp.inference.batch;

import io.xapp.inference.model.TextKind;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * Turns concurrent requests into rounds of work. Requests queue their texts in a bounded queue per
 * {@link Priority}; worker threads take rounds from the queues and call the {@link Embedder} once per round, with
 * texts of one kind (the service's encoder embeds a round's texts one by one, so a text's vector never depends on
 * its round):
 * <ul>
 *   <li>interactive texts (visitors' questions) first: a worker that finds one may wait up to
 *       {@link BatcherSettings#window()} (counted from when the oldest arrived) for more, for an embedder that gains
 *       from several at once (the service's waits 0);</li>
 *   <li>background texts (what index builds send: passages, and the site's words as queries) otherwise, a few at a
 *       time ({@link BatcherSettings#passageRound()}), so that a question never waits behind a whole indexing
 *       batch; a request's texts queue shortest first;</li>
 *   <li>a request whose texts do not fit in its queue is refused at once ({@link BusyException}): the queue never
 *       grows without bound, and the client learns when to come back.</li>
 * </ul>
 */
public final class MicroBatcher implements AutoCloseable {

    private static final long MAX_RETRY_AFTER_SECONDS = 60;
    /** Weight of the newest round in the running mean of seconds per text (for Retry-After). */
    private static final double EWMA_WEIGHT = 0.2;

    private final Embedder embedder;
    private final BatcherSettings settings;
    private final RoundObserver observer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Map<Priority, ArrayDeque<Item>> queues = new EnumMap<>(Priority.class);
    private final Map<Priority, Double> secondsPerText = new EnumMap<>(Priority.class);
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    public MicroBatcher(Embedder embedder, BatcherSettings settings, RoundObserver observer) {
        this.embedder = embedder;
        this.settings = settings;
        this.observer = observer;
        for (Priority priority : Priority.values()) {
            queues.put(priority, new ArrayDeque<>());
            secondsPerText.put(priority, 0.0);
        }
        for (int i = 0; i < settings.workers(); i++) {
            Thread t = new Thread(this::work, "inference-worker-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** {@link #submit(TextKind, Priority, List)} at the kind's own priority ({@link Priority#of}). */
    public CompletableFuture<float[][]> submit(TextKind kind, List<String> texts) {
        return submit(kind, Priority.of(kind), texts);
    }

    /** Queues {@code texts}; the future completes with one vector per text, in order. */
    public CompletableFuture<float[][]> submit(TextKind kind, Priority priority, List<String> texts) {
        if (texts.isEmpty()) {
            return CompletableFuture.completedFuture(new float[0][]);
        }
        Job job = new Job(texts.size());
        lock.lock();
        try {
            if (closed) {
                throw BusyException.stopping();
            }
            ArrayDeque<Item> queue = queues.get(priority);
            int capacity = capacity(priority);
            if (queue.size() + texts.size() > capacity) {
                observer.refused(priority);
                throw BusyException.queueFull(priority, queue.size(), capacity,
                        retryAfterSeconds(priority, queue.size()));
            }
            long now = System.nanoTime();
            for (int i : byLength(texts)) {
                queue.add(new Item(job, kind, i, texts.get(i), now));
            }
            work.signalAll();
        } finally {
            lock.unlock();
        }
        return job.future;
    }

    /**
     * The order a request's texts queue in: shortest first, so that the texts of one round, taken one after the
     * other, are of about the same length and the model call pads them little. (Sorted by characters, a good enough
     * proxy of tokens; the encoder sorts by tokens within a round.) Vectors still come back in the request's order.
     */
    private static int[] byLength(List<String> texts) {
        return IntStream.range(0, texts.size()).boxed().sorted(Comparator.comparingInt(i -> texts.get(i).length()))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Texts of {@code priority} waiting now. */
    public int queued(Priority priority) {
        lock.lock();
        try {
            return queues.get(priority).size();
        } finally {
            lock.unlock();
        }
    }

    private int capacity(Priority priority) {
        return priority == Priority.INTERACTIVE ? settings.queryCapacity() : settings.passageCapacity();
    }

    /** How long the texts queued now will take, from recent rounds: at least 1 s, at most a minute. */
    private int retryAfterSeconds(Priority priority, int queued) {
        double seconds = queued * secondsPerText.get(priority) / settings.workers();
        return (int) Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, Math.ceil(seconds)));
    }

    private void work() {
        Round round;
        while ((round = nextRound()) != null) {
            run(round);
        }
    }

    /** The next round to run; null once closed and drained. */
    private Round nextRound() {
        lock.lock();
        try {
            while (true) {
                ArrayDeque<Item> interactive = queues.get(Priority.INTERACTIVE);
                if (!interactive.isEmpty()) {
                    long deadline = interactive.peekFirst().queuedAt + settings.window().toNanos();
                    long left;
                    while (!closed && interactive.size() < settings.maxQueryBatch()
                            && (left = deadline - System.nanoTime()) > 0) {
                        work.awaitNanos(left);
                    }
                    Round round = take(Priority.INTERACTIVE, settings.maxQueryBatch());
                    if (round != null) {
                        return round;
                    }
                    continue; // another worker took them meanwhile
                }
                Round background = take(Priority.BACKGROUND, settings.passageRound());
                if (background != null) {
                    return background;
                }
                if (closed) {
                    return null;
                }
                work.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Up to {@code max} items of live jobs from the queue of {@code priority}, all of the first one's kind (a model
     * call reads its texts as one kind); null when there are none.
     */
    private Round take(Priority priority, int max) {
        ArrayDeque<Item> queue = queues.get(priority);
        List<Item> items = new ArrayList<>(Math.min(max, queue.size()));
        while (items.size() < max && !queue.isEmpty()
                && (items.isEmpty() || queue.peekFirst().kind == items.get(0).kind)) {
            Item item = queue.pollFirst();
            if (!item.job.future.isDone()) { // a failed job's other texts are not worth a model call
                items.add(item);
            }
        }
        return items.isEmpty() ? null : new Round(priority, items.get(0).kind, items);
    }

    private void run(Round round) {
        long start = System.nanoTime();
        List<String> texts = round.items.stream().map(Item::text).toList();
        float[][] vectors;
        try {
            vectors = embedder.embed(texts, round.kind);
            if (vectors.length != texts.size()) {
                throw new IllegalStateException("the embedder returned " + vectors.length + " vectors for "
                        + texts.size() + " texts");
            }
        } catch (RuntimeException | Error e) {
            round.items.stream().map(Item::job).distinct().forEach(j -> j.future.completeExceptionally(e));
            return;
        }
        long nanos = System.nanoTime() - start;
        record(round.priority, nanos, texts.size());
        observer.round(round.kind, texts.size(), nanos, start - round.items.get(0).queuedAt);
        for (int i = 0; i < vectors.length; i++) {
            round.items.get(i).job.done(round.items.get(i).index, vectors[i]);
        }
    }

    private void record(Priority priority, long nanos, int texts) {
        lock.lock();
        try {
            double now = nanos / 1e9 / texts;
            double before = secondsPerText.get(priority);
            secondsPerText.put(priority, before == 0 ? now : before + EWMA_WEIGHT * (now - before));
        } finally {
            lock.unlock();
        }
    }

    /** Stops taking requests, finishes what is queued (for at most {@code timeout}), and stops the workers. */
    public void close(Duration timeout) {
        lock.lock();
        try {
            closed = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread t : workers) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private record Item(Job job, TextKind kind, int index, String text, long queuedAt) {
    }

    private record Round(Priority priority, TextKind kind, List<Item> items) {
    }

    /** One request: its vectors fill in as rounds finish; the future completes with the last. */
    private static final class Job {

        final CompletableFuture<float[][]> future = new CompletableFuture<>();
        final float[][] vectors;
        final AtomicInteger remaining;

        Job(int texts) {
            vectors = new float[texts][];
            remaining = new AtomicInteger(texts);
        }

        void done(int index, float[] vector) {
            vectors[index] = vector;
            if (remaining.decrementAndGet() == 0) {
                future.complete(vectors);
            }
        }
    }
}
