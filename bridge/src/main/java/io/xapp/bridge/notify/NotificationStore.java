package io.xapp.bridge.notify;

import io.xapp.bridge.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The durable life of one ReadyForInstallation: {@code PENDING} (intent, before PutEvents), {@code SENT} (PutEvents
 * accepted it, before the status write), {@code RECORDED} (in the Assistant's status). A restart resumes each row
 * where it stopped, so nothing is lost and nothing sent is sent again.
 */
final class NotificationStore {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String RECORDED = "RECORDED";

    private final Database db;

    NotificationStore(Database db) {
        this.db = db;
    }

    /** Records the intent unless this revision is already known; true when it is new. */
    boolean recordIntent(String key, String namespace, String name, String revision, String detailJson, long now) {
        return db.insertIfAbsent("INSERT INTO ready_notification (idempotency_key, namespace, name, revision, "
                        + "detail_json, state, attempts, next_attempt_at, created_at) SELECT ?, ?, ?, ?, ?, ?, 0, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM ready_notification WHERE idempotency_key = ?)",
                key, namespace, name, revision, detailJson, PENDING, now, now, key);
    }

    List<PendingNotification> due(String state, long now, int limit) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT idempotency_key, namespace, name, revision, "
                    + "detail_json, attempts, event_id, sent_at FROM ready_notification "
                    + "WHERE state = ? AND next_attempt_at <= ? ORDER BY next_attempt_at")) {
                ps.setString(1, state);
                ps.setLong(2, now);
                ps.setMaxRows(limit);
                List<PendingNotification> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long sentAt = rs.getLong(8);
                        out.add(new PendingNotification(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                                rs.wasNull() ? null : sentAt));
                    }
                }
                return out;
            }
        });
    }

    void markSent(String key, String eventId, long sentAt) {
        update("UPDATE ready_notification SET state = ?, event_id = ?, sent_at = ?, last_error = NULL, "
                + "next_attempt_at = ? WHERE idempotency_key = ?", SENT, eventId, sentAt, sentAt, key);
    }

    void markRecorded(String key) {
        update("UPDATE ready_notification SET state = ? WHERE idempotency_key = ?", RECORDED, key);
    }

    void retryLater(String key, int attempts, long nextAttemptAt, String error) {
        update("UPDATE ready_notification SET attempts = ?, next_attempt_at = ?, last_error = ? "
                + "WHERE idempotency_key = ?", attempts, nextAttemptAt, truncate(error), key);
    }

    private void update(String sql, Object... args) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
