package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows of {@code usage_bucket}: one {@link BucketSummary} per assistant, channel, span and bucket. */
final class BucketStore {

    private static final String COLUMNS = "queries, no_content, sessions, users, query_hits, no_content_hits";

    private BucketStore() {
    }

    /** Receives the rows of a {@link #scan}. */
    @FunctionalInterface
    interface Rows {
        void row(String channel, int bucket, BucketSummary summary) throws SQLException;
    }

    /** Adds {@code delta} (events not yet in it) to the bucket's summary, creating it if needed. */
    static void add(Connection c, String assistant, String channel, Span span, int bucket, BucketSummary delta)
            throws SQLException {
        BucketSummary[] stored = new BucketSummary[1];
        scan(c, assistant, channel, span, bucket, bucket + 1L, (ch, b, s) -> stored[0] = s);
        if (stored[0] == null) {
            write(c, "INSERT INTO usage_bucket (" + COLUMNS + ", assistant, channel, span, bucket) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", delta, assistant, channel, span, bucket);
        } else {
            stored[0].add(delta);
            write(c, "UPDATE usage_bucket SET queries = ?, no_content = ?, sessions = ?, users = ?, query_hits = ?, "
                    + "no_content_hits = ? WHERE assistant = ? AND channel = ? AND span = ? AND bucket = ?",
                    stored[0], assistant, channel, span, bucket);
        }
    }

    /** The summaries of buckets {@code [from, to)} of one span and channel, in bucket order. */
    static void scan(Connection c, String assistant, String channel, Span span, long from, long to, Rows rows)
            throws SQLException {
        if (from >= to) {
            return;
        }
        String sql = "SELECT channel, bucket, " + COLUMNS + " FROM usage_bucket WHERE assistant = ? AND span = ? "
                + "AND channel = ? AND bucket >= ? AND bucket < ? ORDER BY bucket";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, assistant);
            ps.setString(2, span.code());
            ps.setString(3, channel);
            // Buckets are INTEGER columns: open-ended ranges are clamped to them.
            ps.setInt(4, (int) Math.max(from, Integer.MIN_VALUE));
            ps.setInt(5, (int) Math.min(to, Integer.MAX_VALUE));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs.getString(1), rs.getInt(2), new BucketSummary(rs.getLong(3), rs.getLong(4),
                            BucketSummary.bitmap(rs.getBytes(5)), BucketSummary.bitmap(rs.getBytes(6)),
                            QueryCounts.decode(rs.getBytes(7)), QueryCounts.decode(rs.getBytes(8))));
                }
            }
        }
    }

    private static void write(Connection c, String sql, BucketSummary s, String assistant, String channel, Span span,
                              int bucket) throws SQLException {
        Sql.update(c, sql, s.queries, s.noContent, BucketSummary.encode(s.sessions), BucketSummary.encode(s.users),
                s.hits.encode(), s.noContentHits.encode(), assistant, channel, span.code(), bucket);
    }
}
