package io.xapp.bridge.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.xapp.bridge.events.CreateSubscription;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        CustomerState s = Sql.first(c, "SELECT subscription_time, subscription_event_id, subscription_json, "
                + "cancellation_time, cancellation_event_id, cancellation_effective FROM customer_state "
                + "WHERE customer_id = ? FOR UPDATE", rs -> new CustomerState(customerId, instant(rs, 1),
                rs.getString(2), subscription(rs.getString(3)), instant(rs, 4), rs.getString(5), instant(rs, 6)),
                customerId);
        if (s == null) {
            throw new SQLException("customer_state row for " + customerId + " vanished");
        }
        return s;
    }

    void save(Connection c, CustomerState s) throws SQLException {
        Sql.update(c, "UPDATE customer_state SET subscription_time = ?, subscription_event_id = ?, "
                + "subscription_json = ?, cancellation_time = ?, cancellation_event_id = ?, "
                + "cancellation_effective = ?, updated_at = ? WHERE customer_id = ?", millis(s.subscriptionTime()),
                s.subscriptionEventId(), s.subscription() == null ? null : Json.write(s.subscription()),
                millis(s.cancellationTime()), s.cancellationEventId(), millis(s.cancellationEffective()),
                System.currentTimeMillis(), s.customerId());
    }

    boolean isProcessed(Connection c, String eventId) throws SQLException {
        return Sql.first(c, "SELECT 1 FROM processed_event WHERE event_id = ?", rs -> true, eventId) != null;
    }

    void markProcessed(Connection c, String eventId, String customerId, String type, Instant time,
                       SubscriptionOutcome outcome) throws SQLException {
        Sql.update(c, "INSERT INTO processed_event (event_id, customer_id, event_type, event_time, outcome, "
                + "processed_at) VALUES (?, ?, ?, ?, ?, ?)", eventId, customerId, type, time.toEpochMilli(),
                outcome.name(), System.currentTimeMillis());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
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
