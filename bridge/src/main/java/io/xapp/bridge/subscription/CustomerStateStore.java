package io.xapp.bridge.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.xapp.bridge.events.CreateSubscription;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Rows of {@code customer_state} and {@code processed_event}. Callers hold the transaction. */
final class CustomerStateStore {

    /** Makes sure the customer's row exists, in its own transaction, so it can then be locked. */
    void ensureRow(Database db, String customerId) {
        db.insertIfAbsent("INSERT INTO customer_state (customer_id, updated_at) SELECT ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM customer_state WHERE customer_id = ?)",
                customerId, System.currentTimeMillis(), customerId);
    }

    /** Locks the customer's row for the rest of the transaction and reads it. */
    CustomerState lock(Connection c, String customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT subscription_time, subscription_event_id, "
                + "subscription_json, cancellation_time, cancellation_event_id, cancellation_effective "
                + "FROM customer_state WHERE customer_id = ? FOR UPDATE")) {
            ps.setString(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("customer_state row for " + customerId + " vanished");
                }
                return new CustomerState(customerId, instant(rs, 1), rs.getString(2), subscription(rs.getString(3)),
                        instant(rs, 4), rs.getString(5), instant(rs, 6));
            }
        }
    }

    void save(Connection c, CustomerState s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer_state SET subscription_time = ?, "
                + "subscription_event_id = ?, subscription_json = ?, cancellation_time = ?, cancellation_event_id = ?, "
                + "cancellation_effective = ?, updated_at = ? WHERE customer_id = ?")) {
            setInstant(ps, 1, s.subscriptionTime());
            ps.setString(2, s.subscriptionEventId());
            ps.setString(3, s.subscription() == null ? null : Json.write(s.subscription()));
            setInstant(ps, 4, s.cancellationTime());
            ps.setString(5, s.cancellationEventId());
            setInstant(ps, 6, s.cancellationEffective());
            ps.setLong(7, System.currentTimeMillis());
            ps.setString(8, s.customerId());
            ps.executeUpdate();
        }
    }

    boolean isProcessed(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void markProcessed(Connection c, String eventId, String customerId, String type, Instant time,
                       SubscriptionOutcome outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO processed_event (event_id, customer_id, "
                + "event_type, event_time, outcome, processed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, eventId);
            ps.setString(2, customerId);
            ps.setString(3, type);
            ps.setLong(4, time.toEpochMilli());
            ps.setString(5, outcome.name());
            ps.setLong(6, System.currentTimeMillis());
            ps.executeUpdate();
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, t.toEpochMilli());
        }
    }

    private static CreateSubscription subscription(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, CreateSubscription.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("customer_state holds an unreadable subscription: " + json, e);
        }
    }
}
