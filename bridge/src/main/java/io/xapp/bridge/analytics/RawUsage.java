package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw events ({@code usage_event}): de-duplicated by event id, kept with their dictionary numbers so the
 * partial hours at the edges of a range are read as numbers, and the source the summaries can be rebuilt from.
 */
final class RawUsage {

    private RawUsage() {
    }

    /** Inserts the events whose id is not stored yet; returns those (numbered), in order. */
    static List<NumberedEvent> insertNew(Connection c, String assistant, List<UsageEvent> events,
                                         List<NumberedEvent> numbered) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            UsageEvent e = events.get(i);
            NumberedEvent n = numbered.get(i);
            rows.add(new Object[] {e.eventId(), assistant, e.channel(), n.atMs(), Span.DAY.bucketOf(n.atMs()),
                    e.sessionId(), e.userId(), e.query(), e.noContent(), n.sessionNo(), n.userNo(), queryNo(n),
                    e.eventId()});
        }
        int[] counts = Sql.batch(c, "INSERT INTO usage_event (event_id, assistant, channel, at_ms, day_no, "
                + "session_id, user_id, query_norm, no_content, session_no, user_no, query_no) "
                + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM usage_event WHERE event_id = ?)", rows);
        List<NumberedEvent> fresh = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.SUCCESS_NO_INFO) {
                // Only a per-row count tells a new event from a redelivered one; guessing would count a
                // redelivery twice in the summaries.
                throw new SQLException("the JDBC driver did not report which usage events of " + assistant
                        + " were new (SUCCESS_NO_INFO); remove batch rewriting options such as "
                        + "reWriteBatchedInserts from store.url");
            }
            if (counts[i] > 0) {
                fresh.add(numbered.get(i));
            }
        }
        return fresh;
    }

    /** The numbered events of one channel in {@code [from, to)} (epoch ms). */
    static List<NumberedEvent> numbered(Connection c, String assistant, String channel, long from, long to)
            throws SQLException {
        return Sql.list(c, "SELECT at_ms, session_no, user_no, query_no, no_content FROM usage_event "
                + "WHERE assistant = ? AND channel = ? AND at_ms >= ? AND at_ms < ?", rs -> {
                    Integer query = rs.getObject(4, Integer.class);
                    return new NumberedEvent(channel, rs.getLong(1), rs.getInt(2), rs.getInt(3),
                            query == null ? NumberedEvent.NO_QUERY : query, rs.getBoolean(5));
                }, assistant, channel, from, to);
    }

    /** Events of one channel in {@code [from, to)} recorded before they were numbered (V1), oldest first. */
    static List<UsageEvent> unnumbered(Connection c, String assistant, String channel, long from, long to)
            throws SQLException {
        return Sql.list(c, "SELECT event_id, session_id, user_id, query_norm, no_content, at_ms FROM usage_event "
                + "WHERE assistant = ? AND channel = ? AND at_ms >= ? AND at_ms < ? AND session_no IS NULL "
                + "ORDER BY at_ms, event_id", rs -> new UsageEvent(rs.getString(1), rs.getString(2),
                rs.getString(3), channel, rs.getString(4), rs.getBoolean(5), Instant.ofEpochMilli(rs.getLong(6))),
                assistant, channel, from, to);
    }

    /** The first and last instant of the assistant's events not numbered yet, or null when there are none. */
    static long[] unnumberedSpan(Connection c, String assistant) throws SQLException {
        return Sql.first(c, "SELECT MIN(at_ms), MAX(at_ms) FROM usage_event WHERE assistant = ? "
                + "AND session_no IS NULL", rs -> {
                    long first = rs.getLong(1);
                    return rs.wasNull() ? null : new long[] {first, rs.getLong(2)};
                }, assistant);
    }

    /** Stores the numbers given to events recorded before numbering. */
    static void setNumbers(Connection c, List<UsageEvent> events, List<NumberedEvent> numbered) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            NumberedEvent n = numbered.get(i);
            rows.add(new Object[] {n.sessionNo(), n.userNo(), queryNo(n), events.get(i).eventId()});
        }
        Sql.batch(c, "UPDATE usage_event SET session_no = ?, user_no = ?, query_no = ? WHERE event_id = ?", rows);
    }

    private static Integer queryNo(NumberedEvent n) {
        return n.hasQuery() ? n.queryNo() : null;
    }
}
