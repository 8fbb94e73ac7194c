package io.xapp.bridge.outbox;

import io.xapp.bridge.store.Database;
import io.xapp.bridge.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The durable outbox (table {@code outbox}, migration V4): an entry is written once, keyed by kind and id, then
 * moves from PENDING to DELIVERED or FAILED. A restart resumes every PENDING entry, so nothing accepted is lost.
 * Entries of a purged Assistant ({@link #purge}) are deleted as soon as they are done.
 */
public final class OutboxStore {

    private static final String INSERT = "INSERT INTO outbox (kind, item_id, namespace, name, payload_json, state, "
            + "attempts, next_attempt_at, created_at) SELECT ?, ?, ?, ?, ?, ?, 0, ?, ? "
            + "WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE kind = ? AND item_id = ?)";

    private final Database db;

    public OutboxStore(Database db) {
        this.db = db;
    }

    /** Stores the entry unless one of its kind with its id is there; true when it is new. */
    public boolean add(OutboxEntry entry, long now) {
        return db.insertIfAbsent(INSERT, insertArgs(entry, now));
    }

    /** PENDING entries of a kind whose next attempt is due, the longest due first. */
    public List<OutboxEntry> due(String kind, long now, int limit) {
        return db.withConnection(c -> Sql.list(c, "SELECT item_id, namespace, name, payload_json, attempts "
                + "FROM outbox WHERE kind = ? AND state = ? AND next_attempt_at <= ? ORDER BY next_attempt_at "
                + "FETCH FIRST ? ROWS ONLY", rs -> new OutboxEntry(kind, rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getInt(5)), kind, OutboxState.PENDING.name(), now, limit));
    }

    /** Marks the entry DELIVERED with the receiver's receipt and stores its next step, if any, at once. */
    public void delivered(OutboxEntry entry, String receipt, OutboxEntry next, long now) {
        db.inTransaction(c -> {
            finish(c, entry, OutboxState.DELIVERED, receipt, null, now);
            if (next != null) {
                Sql.update(c, INSERT, insertArgs(next, now));
            }
            return null;
        });
    }

    /** Marks the entry FAILED: it is not tried again. */
    public void failed(OutboxEntry entry, String error, long now) {
        db.inTransaction(c -> finish(c, entry, OutboxState.FAILED, null, error, now));
    }

    /** Counts one more attempt and when the next one is due. */
    public void retryLater(OutboxEntry entry, long nextAttemptAt, String error) {
        db.withConnection(c -> Sql.update(c, "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                + "last_error = ? WHERE kind = ? AND item_id = ?", nextAttemptAt, truncate(error), entry.kind(),
                entry.id()));
    }

    /**
     * Records the final state; an entry of a purged Assistant ({@code purge_when_done}) is deleted instead, in the
     * same transaction, so it is kept exactly as long as its delivery needs it.
     */
    private static int finish(Connection c, OutboxEntry entry, OutboxState state, String receipt, String error,
                              long now) throws SQLException {
        Sql.update(c, "UPDATE outbox SET state = ?, receipt = ?, last_error = ?, done_at = ?, attempts = attempts + 1 "
                + "WHERE kind = ? AND item_id = ?", state.name(), truncate(receipt), truncate(error), now,
                entry.kind(), entry.id());
        return Sql.update(c, "DELETE FROM outbox WHERE kind = ? AND item_id = ? AND purge_when_done = ?", entry.kind(),
                entry.id(), true);
    }

    /** What {@link #purge} did: entries deleted now, and pending entries that will be deleted once done. */
    public record Purge(int deleted, int pending) {
    }

    /**
     * Purges the entries of the given kinds of one Assistant: done ones are deleted now; pending ones are marked,
     * still delivered within their retry budget, and deleted when done. Idempotent, so it can run again for entries
     * accepted after a first purge.
     */
    public Purge purge(String namespace, String name, Collection<String> kinds) {
        String ofKinds = " AND kind IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")";
        return db.inTransaction(c -> {
            int deleted = Sql.update(c, "DELETE FROM outbox WHERE namespace = ? AND name = ? AND state <> ?" + ofKinds,
                    args(kinds, namespace, name, OutboxState.PENDING.name()));
            int pending = Sql.update(c, "UPDATE outbox SET purge_when_done = ? WHERE namespace = ? AND name = ? "
                    + "AND state = ?" + ofKinds, args(kinds, true, namespace, name, OutboxState.PENDING.name()));
            return new Purge(deleted, pending);
        });
    }

    /** Entries in a state, for health and tests. */
    public long count(OutboxState state) {
        return db.withConnection(c -> Sql.first(c, "SELECT COUNT(*) FROM outbox WHERE state = ?",
                rs -> rs.getLong(1), state.name()));
    }

    private static Object[] insertArgs(OutboxEntry e, long now) {
        return new Object[] {e.kind(), e.id(), e.namespace(), e.name(), e.payloadJson(), OutboxState.PENDING.name(),
                now, now, e.kind(), e.id()};
    }

    private static Object[] args(Collection<String> kinds, Object... first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(kinds);
        return all.toArray();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
