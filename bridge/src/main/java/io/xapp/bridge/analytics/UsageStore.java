package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Database;
import io.xapp.bridge.store.Sql;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Writes usage: the raw events (de-duplicated by id) and, in the same transaction, their dictionary numbers and
 * the hour and day summaries that answer a month of analytics without reading a million rows. Every writer of an
 * assistant locks its {@code usage_assistant} row, so summaries are read and rewritten by one writer at a time;
 * in this process writers of one assistant also take turns on a striped lock first, so they wait here rather than
 * holding a database connection while they wait for the row.
 */
public final class UsageStore {

    private static final int STRIPES = 64;
    /** Everything recorded per assistant; deleted together when its cancellation completes. */
    private static final List<String> TABLES = List.of("usage_event", "usage_bucket", "usage_dictionary",
            "usage_backfill", "usage_assistant");

    private final Database db;
    private final UsageSummarizer summarizer;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public UsageStore(Database db, Clock clock) {
        this.db = db;
        this.summarizer = new UsageSummarizer(clock);
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Records the events of one assistant ({@code namespace/name}); returns how many were new. */
    public int ingest(String assistant, List<UsageEvent> events) {
        // The same id twice in one request counts once.
        List<UsageEvent> unique = List.copyOf(events.stream().collect(Collectors.toMap(UsageEvent::eventId, e -> e,
                (first, again) -> first, LinkedHashMap::new)).values());
        if (unique.isEmpty()) {
            return 0;
        }
        return locked(assistant, () -> {
            UsageCounters.ensure(db, assistant);
            return db.inTransaction(c -> {
                UsageCounters counters = UsageCounters.lock(c, assistant);
                List<NumberedEvent> fresh = RawUsage.insertNew(c, assistant, unique,
                        summarizer.number(c, assistant, counters, unique));
                summarizer.summarize(c, assistant, counters, fresh);
                counters.save(c);
                return fresh.size();
            });
        });
    }

    /** Deletes everything recorded for the assistant (its cancellation completed); returns the events deleted. */
    public int deleteAssistant(String assistant) {
        return locked(assistant, () -> db.inTransaction(c -> {
            // Wait for a writer in another process first: deleting under its feet would leave its new events and
            // dictionary numbers behind without their counters, and the next ingest would hand out those numbers
            // again.
            UsageCounters.lockIfPresent(c, assistant);
            int events = 0;
            for (String table : TABLES) {
                int n = Sql.update(c, "DELETE FROM " + table + " WHERE assistant = ?", assistant);
                events += table.equals(TABLES.get(0)) ? n : 0;
            }
            return events;
        }));
    }

    /**
     * Numbers and summarises the events recorded before summaries existed (the V2 migration lists their
     * assistants); a no-op once done. Runs before the bridge takes usage, so nothing else writes meanwhile.
     */
    public void backfill() {
        for (String assistant : UsageBackfill.pending(db)) {
            locked(assistant, () -> {
                UsageBackfill.run(db, summarizer, assistant);
                return null;
            });
        }
    }

    private <T> T locked(String assistant, java.util.function.Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(assistant.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
