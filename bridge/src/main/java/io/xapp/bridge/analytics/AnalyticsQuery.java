package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a date range exactly: whole UTC days from the per-day tables, the partial days at either edge from the
 * raw events. Distinct sessions and users are counted over the UNION of both, so a session seen on several days
 * still counts once.
 */
public final class AnalyticsQuery {

    private static final long DAY_MS = 86_400_000L;

    private final Database db;

    public AnalyticsQuery(Database db) {
        this.db = db;
    }

    /** Inclusive range {@code [from, to]} for one assistant and channel. */
    public WidgetReport report(String assistant, String channel, Instant from, Instant to, int top) {
        Range r = Range.of(from.toEpochMilli(), to.toEpochMilli());
        return db.withConnection(c -> {
            long sessions = distinct(c, "usage_day_session", "session_id", assistant, channel, r);
            long users = distinct(c, "usage_day_user", "user_id", assistant, channel, r);
            long[] totals = totals(c, assistant, channel, r);
            List<String> topNoContent = top(c, assistant, channel, r, Boolean.TRUE, top);
            List<String> topAll = top(c, assistant, channel, r, null, top);
            return new WidgetReport(sessions, users, new WidgetReport.Queries(totals[0], totals[1], topNoContent,
                    topAll));
        });
    }

    /**
     * Whole days {@code [firstDay, endDay)} and the raw millisecond edges {@code [from, headEnd)} and
     * {@code [tailStart, to]}; with no whole day inside, the head covers everything and the tail is empty.
     */
    record Range(int firstDay, int endDay, long from, long headEnd, long tailStart, long to) {
        static Range of(long from, long to) {
            long firstDay = Math.floorDiv(from + DAY_MS - 1, DAY_MS);
            long endDay = Math.floorDiv(to + 1, DAY_MS);
            if (firstDay >= endDay) {
                return new Range(0, 0, from, to + 1, Long.MAX_VALUE, Long.MIN_VALUE);
            }
            return new Range((int) firstDay, (int) endDay, from, firstDay * DAY_MS, endDay * DAY_MS, to);
        }
    }

    private static final String DAYS = "assistant = ? AND channel = ? AND day_no >= ? AND day_no < ?";

    /**
     * The raw events of the two edges, as two index range scans (an OR of the two ranges would make some databases
     * scan every event of the assistant): {@code SELECT columns FROM usage_event WHERE <edge> filter} twice.
     */
    private static String edges(String columns, String filter) {
        String base = "SELECT " + columns + " FROM usage_event WHERE assistant = ? AND channel = ? ";
        return base + "AND at_ms >= ? AND at_ms < ?" + filter + " UNION ALL " + base + "AND at_ms >= ? AND at_ms <= ?"
                + filter;
    }

    private static long distinct(Connection c, String dayTable, String column, String assistant, String channel,
                                 Range r) throws SQLException {
        String sql = "SELECT COUNT(*) FROM (SELECT " + column + " FROM " + dayTable + " WHERE " + DAYS
                + " UNION SELECT " + column + " FROM (" + edges(column, "") + ") e) d";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindDays(ps, 1, assistant, channel, r);
            bindEdges(ps, i, assistant, channel, r, null);
            return single(ps);
        }
    }

    private static long[] totals(Connection c, String assistant, String channel, Range r) throws SQLException {
        long[] t = new long[2];
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(queries), 0), COALESCE(SUM(no_content), 0) "
                + "FROM usage_day WHERE " + DAYS)) {
            bindDays(ps, 1, assistant, channel, r);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                t[0] += rs.getLong(1);
                t[1] += rs.getLong(2);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), "
                + "COALESCE(SUM(CASE WHEN no_content THEN 1 ELSE 0 END), 0) FROM ("
                + edges("no_content", " AND query_norm IS NOT NULL") + ") e")) {
            bindEdges(ps, 1, assistant, channel, r, null);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                t[0] += rs.getLong(1);
                t[1] += rs.getLong(2);
            }
        }
        return t;
    }

    /** The most frequent queries, ties by text; {@code noContent} null for all queries. */
    private static List<String> top(Connection c, String assistant, String channel, Range r, Boolean noContent,
                                    int limit) throws SQLException {
        String filter = noContent == null ? "" : " AND no_content = ?";
        String sql = "SELECT query_norm, SUM(hits) AS n FROM ("
                + "SELECT query_norm, hits FROM usage_day_query WHERE " + DAYS + filter
                + " UNION ALL " + edges("query_norm, 1 AS hits", filter + " AND query_norm IS NOT NULL")
                + ") q GROUP BY query_norm ORDER BY n DESC, query_norm LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindDays(ps, 1, assistant, channel, r);
            if (noContent != null) {
                ps.setBoolean(i++, noContent);
            }
            i = bindEdges(ps, i, assistant, channel, r, noContent);
            ps.setInt(i, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static int bindDays(PreparedStatement ps, int i, String assistant, String channel, Range r)
            throws SQLException {
        ps.setString(i++, assistant);
        ps.setString(i++, channel);
        ps.setInt(i++, r.firstDay());
        ps.setInt(i++, r.endDay());
        return i;
    }

    /** Binds both edge ranges of {@link #edges}, each followed by the no-content flag when filtering on it. */
    private static int bindEdges(PreparedStatement ps, int i, String assistant, String channel, Range r,
                                 Boolean noContent) throws SQLException {
        long[][] ranges = {{r.from(), r.headEnd()}, {r.tailStart(), r.to()}};
        for (long[] range : ranges) {
            ps.setString(i++, assistant);
            ps.setString(i++, channel);
            ps.setLong(i++, range[0]);
            ps.setLong(i++, range[1]);
            if (noContent != null) {
                ps.setBoolean(i++, noContent);
            }
        }
        return i;
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
