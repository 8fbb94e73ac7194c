package io.xapp.bridge.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.store.StoreException;
import io.xapp.bridge.testing.PostgresServer;
import io.xapp.bridge.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V4 on a database at V3 with rows in ready_notification and relay_outbox, on H2 and PostgreSQL: every
 * row is in the one outbox afterwards, in the state that resumes it where it stopped.
 */
class OutboxMigrationTest {

    private static final long T = 1_764_000_000_000L;
    private static final String REVISION = "rev \"2\" \\ x"; // quotes and a backslash, escaped for JSON by V4

    @Test
    void h2() throws SQLException {
        check(TestDatabase.settings("outbox-migration"));
    }

    @Test
    void postgres() throws SQLException {
        check(PostgresServer.get().freshSettings("outbox_migration"));
    }

    private static void check(StoreSettings settings) throws SQLException {
        Flyway.configure(Database.class.getClassLoader()).dataSource(settings.url(), settings.username(), null)
                .locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(settings.url(), settings.username(), null)) {
            insert(c, "INSERT INTO relay_outbox (kind, item_id, namespace, name, customer_id, payload_json, state, "
                    + "attempts, next_attempt_at, last_error, partner_status, created_at, delivered_at, "
                    + "purge_when_done) VALUES (?, ?, 'ns', 'ast-a', 'c-1', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "LEAD", "l-pending", "{\"leadId\":\"l-pending\"}", "PENDING", 2, T + 5, "down", 503, T, null, true,
                    "LEAD", "l-delivered", "{\"leadId\":\"l-delivered\"}", "DELIVERED", 1, T, null, 201, T, T + 1,
                    false,
                    "BOOKING", "b-failed", "{\"bookingId\":\"b-failed\"}", "FAILED", 1, T, "partner answered HTTP 422",
                    422, T, T + 1, false);
            insert(c, "INSERT INTO ready_notification (idempotency_key, namespace, name, revision, detail_json, state, "
                    + "attempts, next_attempt_at, last_error, event_id, sent_at, created_at) "
                    + "VALUES (?, 'ns', 'ast-a', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "k-pending", "rev-1", "{\"revision\":\"rev-1\"}", "PENDING", 1, T + 7, "no bus", null, null, T,
                    "k-sent", REVISION, "{}", "SENT", 2, T + 9, "status write refused", "ev-2", T + 3, T,
                    "k-recorded", "rev-0", "{}", "RECORDED", 0, T + 1, null, "ev-0", T + 1, T);
        }

        try (Database db = Database.open(settings, null)) {
            OutboxStore store = new OutboxStore(db);
            assertThat(store.due("LEAD", T + 10, 10)).containsExactly(
                    new OutboxEntry("LEAD", "l-pending", "ns", "ast-a", "{\"leadId\":\"l-pending\"}", 2));
            assertThat(rows(db)).containsExactlyInAnyOrder(
                    "LEAD l-pending PENDING 2 down null true",
                    "LEAD l-delivered DELIVERED 1 null HTTP 201 false",
                    "BOOKING b-failed FAILED 1 partner answered HTTP 422 null false",
                    "READY_FOR_INSTALLATION k-pending PENDING 1 no bus null false",
                    "READY_FOR_INSTALLATION k-sent DELIVERED 2 null ev-2 false",
                    "READY_FOR_INSTALLATION k-recorded DELIVERED 0 null ev-0 false",
                    "READY_STATUS k-sent PENDING 0 status write refused null false",
                    "READY_STATUS k-recorded DELIVERED 0 null null false");
            assertThat(store.due("READY_FOR_INSTALLATION", T + 10, 10)).extracting(OutboxEntry::payloadJson)
                    .containsExactly("{\"revision\":\"rev-1\"}");
            List<OutboxEntry> toRecord = store.due("READY_STATUS", T + 10, 10);
            assertThat(toRecord).hasSize(1);
            JsonNode sent = Json.MAPPER.readTree(toRecord.get(0).payloadJson());
            assertThat(sent.path("revision").asText()).isEqualTo(REVISION);
            assertThat(sent.path("eventId").asText()).isEqualTo("ev-2");
            assertThat(sent.path("sentAt").asLong()).isEqualTo(T + 3);
            assertThatThrownBy(() -> db.withConnection(c -> c.prepareStatement("SELECT 1 FROM relay_outbox")
                    .executeQuery())).isInstanceOf(StoreException.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("the migrated READY_STATUS payload is not valid JSON", e);
        }
    }

    /** Runs {@code sql} once per row: {@code values} holds the rows one after the other. */
    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int perRow = ps.getParameterMetaData().getParameterCount();
            for (int row = 0; row < values.length / perRow; row++) {
                for (int i = 0; i < perRow; i++) {
                    ps.setObject(i + 1, values[row * perRow + i]);
                }
                ps.executeUpdate();
            }
        }
    }

    private static List<String> rows(Database db) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, item_id, state, attempts, last_error, receipt, "
                    + "purge_when_done FROM outbox")) {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4)
                                + " " + rs.getString(5) + " " + rs.getString(6) + " " + rs.getBoolean(7));
                    }
                }
                return out;
            }
        });
    }
}
