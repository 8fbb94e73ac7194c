package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes usage: the raw event (de-duplicated by id) and, in the same transaction, the per-day aggregates that let a
 * month of analytics be answered without reading a million rows. Writers of one assistant take turns (a striped
 * lock) so the read-then-write of the day counters never races; the bridge runs as one replica.
 */
public final class UsageStore {

    private static final int STRIPES = 64;

    private final Database db;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public UsageStore(Database db) {
        this.db = db;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Records the events of one assistant ({@code namespace/name}); returns how many were new. */
    public int ingest(String assistant, List<UsageEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        ReentrantLock lock = locks[Math.floorMod(assistant.hashCode(), STRIPES)];
        lock.lock();
        try {
            return db.inTransaction(c -> {
                List<UsageEvent> fresh = insertNew(c, assistant, events);
                aggregate(c, assistant, fresh);
                return fresh.size();
            });
        } finally {
            lock.unlock();
        }
    }

    /** Deletes everything recorded for the assistant (its cancellation completed). */
    public void deleteAssistant(String assistant) {
        db.inTransaction(c -> {
            for (String table : List.of("usage_event", "usage_day", "usage_day_query", "usage_day_session",
                    "usage_day_user")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE assistant = ?")) {
                    ps.setString(1, assistant);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static List<UsageEvent> insertNew(Connection c, String assistant, List<UsageEvent> events)
            throws SQLException {
        List<UsageEvent> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_event (event_id, assistant, channel, "
                + "at_ms, day_no, session_id, user_id, query_norm, no_content) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM usage_event WHERE event_id = ?)")) {
            List<UsageEvent> batched = new ArrayList<>();
            for (UsageEvent e : events) {
                if (!seen.add(e.eventId())) {
                    continue; // the same id twice in one request
                }
                ps.setString(1, e.eventId());
                ps.setString(2, assistant);
                ps.setString(3, e.channel());
                ps.setLong(4, e.at().toEpochMilli());
                ps.setInt(5, day(e));
                ps.setString(6, e.sessionId());
                ps.setString(7, e.userId());
                ps.setString(8, e.query());
                ps.setBoolean(9, e.noContent());
                ps.setString(10, e.eventId());
                ps.addBatch();
                batched.add(e);
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                    fresh.add(batched.get(i));
                }
            }
        }
        return fresh;
    }

    private record DayKey(String channel, int day) {
    }

    private record QueryKey(String channel, int day, boolean noContent, String query) {
    }

    private static void aggregate(Connection c, String assistant, List<UsageEvent> fresh) throws SQLException {
        Map<DayKey, long[]> days = new HashMap<>();
        Map<QueryKey, Long> queries = new HashMap<>();
        Set<List<Object>> sessions = new HashSet<>();
        Set<List<Object>> users = new HashSet<>();
        for (UsageEvent e : fresh) {
            int day = day(e);
            sessions.add(List.of(e.channel(), day, e.sessionId()));
            users.add(List.of(e.channel(), day, e.userId()));
            if (e.query() != null) {
                long[] n = days.computeIfAbsent(new DayKey(e.channel(), day), k -> new long[2]);
                n[0]++;
                if (e.noContent()) {
                    n[1]++;
                }
                queries.merge(new QueryKey(e.channel(), day, e.noContent(), e.query()), 1L, Long::sum);
            }
        }
        List<Object[]> dayRows = new ArrayList<>();
        days.forEach((k, n) -> dayRows.add(new Object[] {n[0], n[1], assistant, k.channel(), k.day()}));
        upsertCounts(c, "UPDATE usage_day SET queries = queries + ?, no_content = no_content + ? "
                        + "WHERE assistant = ? AND channel = ? AND day_no = ?",
                "INSERT INTO usage_day (queries, no_content, assistant, channel, day_no) VALUES (?, ?, ?, ?, ?)",
                dayRows);
        List<Object[]> queryRows = new ArrayList<>();
        queries.forEach((k, n) -> queryRows.add(new Object[] {n, assistant, k.channel(), k.day(), k.noContent(),
                k.query()}));
        upsertCounts(c, "UPDATE usage_day_query SET hits = hits + ? WHERE assistant = ? AND channel = ? "
                        + "AND day_no = ? AND no_content = ? AND query_norm = ?",
                "INSERT INTO usage_day_query (hits, assistant, channel, day_no, no_content, query_norm) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", queryRows);
        insertMembers(c, "usage_day_session", "session_id", assistant, sessions);
        insertMembers(c, "usage_day_user", "user_id", assistant, users);
    }

    /**
     * One batch of UPDATEs, then one batch of INSERTs for the rows no UPDATE matched; safe because writers of one
     * assistant take turns.
     */
    private static void upsertCounts(Connection c, String update, String insert, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int[] updated;
        try (PreparedStatement ps = c.prepareStatement(update)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            updated = ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            boolean any = false;
            for (int i = 0; i < rows.size(); i++) {
                if (updated[i] == 0) {
                    bind(ps, rows.get(i));
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static void insertMembers(Connection c, String table, String column, String assistant,
                                      Set<List<Object>> members) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (assistant, channel, day_no, "
                + column + ") SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE assistant = ? "
                + "AND channel = ? AND day_no = ? AND " + column + " = ?)")) {
            for (List<Object> m : members) {
                bind(ps, assistant, m.get(0), m.get(1), m.get(2), assistant, m.get(0), m.get(1), m.get(2));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    static int day(UsageEvent e) {
        return (int) e.at().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }
}
