package io.xapp.crawler.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The URLs still to fetch, shallowest first (breadth-first, so a page limit keeps the pages nearest the home page),
 * plus every URL already seen so none is handled twice. Bounded: when full, {@link #offer} refuses.
 */
final class Frontier {

    record Task(URI url, int depth, long order) {
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> a.depth() != b.depth()
            ? Integer.compare(a.depth(), b.depth()) : Long.compare(a.order(), b.order()));
    private final Set<String> seen = new HashSet<>();
    private final int maxQueued;
    private final int maxSeen;
    private long order;
    private int inFlight;
    private boolean closed;

    Frontier(int maxQueued, int maxSeen) {
        this.maxQueued = maxQueued;
        this.maxSeen = maxSeen;
    }

    /** Marks a URL seen; false when it was seen before (or too many were), so the caller drops it. */
    synchronized boolean markSeen(URI url) {
        return seen.size() < maxSeen && seen.add(url.toString());
    }

    synchronized boolean hasRoom() {
        return queue.size() < maxQueued;
    }

    /** Queues a URL already marked seen; false when the crawl has stopped taking URLs. */
    synchronized boolean offer(URI url, int depth) {
        if (closed) {
            return false;
        }
        queue.add(new Task(url, depth, order++));
        notifyAll();
        return true;
    }

    /**
     * The next task, waiting while other workers may still discover more; null when the crawl is over (nothing
     * queued and nothing in flight, or the frontier was closed). Call {@link #done()} after handling the task.
     */
    synchronized Task take() throws InterruptedException {
        while (!closed && queue.isEmpty() && inFlight > 0) {
            wait(1000);
        }
        if (closed || queue.isEmpty()) {
            notifyAll();
            return null;
        }
        inFlight++;
        return queue.poll();
    }

    synchronized void done() {
        inFlight--;
        notifyAll();
    }

    /** Stops handing out tasks and returns those still queued. */
    synchronized List<Task> close() {
        closed = true;
        List<Task> left = new ArrayList<>(queue);
        queue.clear();
        notifyAll();
        return left;
    }

    synchronized int queued() {
        return queue.size();
    }
}
