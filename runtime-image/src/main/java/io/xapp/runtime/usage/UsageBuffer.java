package io.xapp.runtime.usage;

import io.xapp.runtime.bridge.UsageEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A bounded queue of usage events. When full, the oldest event makes room for the newest and is counted as
 * dropped: analytics lose a little under a long bridge outage, memory never grows.
 */
public final class UsageBuffer {

    private final int capacity;
    private final ArrayDeque<UsageEvent> events;
    private long dropped;

    public UsageBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("usage buffer capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public synchronized void add(UsageEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
            dropped++;
        }
        events.addLast(event);
    }

    /** Takes up to {@code max} of the oldest events out of the buffer. */
    public synchronized List<UsageEvent> take(int max) {
        List<UsageEvent> batch = new ArrayList<>(Math.min(max, events.size()));
        while (batch.size() < max && !events.isEmpty()) {
            batch.add(events.removeFirst());
        }
        return batch;
    }

    /** Puts a batch that could not be sent back in front, as far as room allows (newer events win). */
    public synchronized void putBack(List<UsageEvent> batch) {
        for (int i = batch.size() - 1; i >= 0; i--) {
            if (events.size() == capacity) {
                dropped += i + 1;
                return;
            }
            events.addFirst(batch.get(i));
        }
    }

    public synchronized int size() {
        return events.size();
    }

    public synchronized long dropped() {
        return dropped;
    }
}
