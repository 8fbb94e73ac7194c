package io.xapp.bridge.relay;

import io.xapp.bridge.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The durable outbox: an item is written once (keyed by kind and the runtime's id), then moves from PENDING to
 * DELIVERED when the partner answered 2xx, or to FAILED when the partner refused it for good. Items hold the
 * names, emails and phones of a customer's visitors: when the customer's cancellation completes they are purged
 * ({@link #purge}).
 */
final class Outbox {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    private final Database db;

    Outbox(Database db) {
        this.db = db;
    }

    /** Stores the item unless one with the same id is there; true when it is new. */
    boolean add(OutboxItem item, long now) {
        return db.insertIfAbsent("INSERT INTO relay_outbox (kind, item_id, namespace, name, customer_id, "
                        + "payload_json, state, attempts, next_attempt_at, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, 0, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM relay_outbox WHERE kind = ? AND item_id = ?)",
                item.kind().name(), item.itemId(), item.namespace(), item.name(), item.customerId(),
                item.payloadJson(), PENDING, now, now, item.kind().name(), item.itemId());
    }

    List<OutboxItem> due(long now, int limit) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, item_id, namespace, name, customer_id, "
                    + "payload_json, attempts FROM relay_outbox WHERE state = ? AND next_attempt_at <= ? "
                    + "ORDER BY next_attempt_at")) {
                ps.setString(1, PENDING);
                ps.setLong(2, now);
                ps.setMaxRows(limit);
                List<OutboxItem> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OutboxItem(RelayKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Records the final state; an item of a purged customer ({@code purge_when_done}) is deleted instead, in the
     * same transaction, so it is kept exactly as long as its delivery needs it.
     */
    void finish(OutboxItem item, String state, int partnerStatus, String error, long now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE relay_outbox SET state = ?, partner_status = ?, "
                    + "last_error = ?, delivered_at = ?, attempts = attempts + 1 WHERE kind = ? AND item_id = ?")) {
                ps.setString(1, state);
                ps.setInt(2, partnerStatus);
                ps.setString(3, truncate(error));
                ps.setLong(4, now);
                ps.setString(5, item.kind().name());
                ps.setString(6, item.itemId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM relay_outbox WHERE kind = ? AND item_id = ? "
                    + "AND purge_when_done = ?")) {
                ps.setString(1, item.kind().name());
                ps.setString(2, item.itemId());
                ps.setBoolean(3, true);
                return ps.executeUpdate();
            }
        });
    }

    /** What {@link #purge} did: items deleted now, and pending items that will be deleted once done. */
    record Purge(int deleted, int pending) {
    }

    /**
     * Purges the items of one Assistant: delivered and failed ones are deleted now; pending ones are marked, still
     * delivered within their retry budget, and deleted by {@link #finish}. Idempotent, so it can run again for
     * items accepted after a first purge.
     */
    Purge purge(String namespace, String name) {
        return db.inTransaction(c -> {
            int deleted;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM relay_outbox WHERE namespace = ? AND name = ? "
                    + "AND state <> ?")) {
                ps.setString(1, namespace);
                ps.setString(2, name);
                ps.setString(3, PENDING);
                deleted = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE relay_outbox SET purge_when_done = ? "
                    + "WHERE namespace = ? AND name = ? AND state = ?")) {
                ps.setBoolean(1, true);
                ps.setString(2, namespace);
                ps.setString(3, name);
                ps.setString(4, PENDING);
                return new Purge(deleted, ps.executeUpdate());
            }
        });
    }

    void retryLater(OutboxItem item, long nextAttemptAt, Integer partnerStatus, String error) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE relay_outbox SET attempts = attempts + 1, "
                    + "next_attempt_at = ?, partner_status = ?, last_error = ? WHERE kind = ? AND item_id = ?")) {
                ps.setLong(1, nextAttemptAt);
                ps.setObject(2, partnerStatus);
                ps.setString(3, truncate(error));
                ps.setString(4, item.kind().name());
                ps.setString(5, item.itemId());
                return ps.executeUpdate();
            }
        });
    }

    /** Counts per state, for health and tests. */
    long count(String state) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM relay_outbox WHERE state = ?")) {
                ps.setString(1, state);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
