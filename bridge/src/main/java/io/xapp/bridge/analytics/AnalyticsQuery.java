package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Answers any range exactly from the summaries ({@link RangePlan}): sealed whole days from day summaries, other
 * whole hours from hour summaries, the partial hours at the edges from the raw events. Sessions and users are
 * bitmaps of dictionary numbers, so a session seen on several days counts once: the distinct count is the
 * cardinality of their OR. Reads one snapshot, so a concurrent write is either all in or all out.
 */
public final class AnalyticsQuery {

    private final Database db;

    public AnalyticsQuery(Database db) {
        this.db = db;
    }

    /** Inclusive range {@code [from, to]} for one assistant and channel. */
    public WidgetReport report(String assistant, String channel, Instant from, Instant to, int top) {
        return db.inSnapshot(c -> {
            Integer sealed = UsageCounters.sealedThrough(c, assistant);
            RangePlan plan = RangePlan.of(from.toEpochMilli(), to.toEpochMilli() + 1,
                    sealed == null ? Long.MIN_VALUE : sealed);
            BucketSummary total = BucketSummary.empty();
            BucketStore.Rows add = (ch, bucket, summary) -> total.add(summary);
            BucketStore.scan(c, assistant, channel, Span.DAY, plan.dayFrom(), plan.dayTo(), add);
            for (long[] hours : plan.hours()) {
                BucketStore.scan(c, assistant, channel, Span.HOUR, hours[0], hours[1], add);
            }
            for (long[] raw : plan.raw()) {
                total.add(BucketSummary.of(RawUsage.numbered(c, assistant, channel, raw[0], raw[1])));
            }
            return new WidgetReport(total.sessions.getLongCardinality(), total.users.getLongCardinality(),
                    new WidgetReport.Queries(total.queries, total.noContent,
                            top(c, assistant, total.noContentHits, top), top(c, assistant, total.hits, top)));
        });
    }

    /** The {@code k} most frequent queries, ties by text (Java string order, the same on every database). */
    private static List<String> top(Connection c, String assistant, QueryCounts counts, int k) throws SQLException {
        List<Integer> candidates = counts.candidates(k);
        Map<Integer, String> texts = UsageDictionary.members(c, assistant, UsageDictionary.Kind.QUERY, candidates);
        if (texts.size() != candidates.size()) {
            throw new IllegalStateException("the query dictionary of " + assistant + " lacks numbers counted in its "
                    + "usage summaries");
        }
        return candidates.stream()
                .sorted(Comparator.comparingLong((Integer n) -> -counts.countOf(n)).thenComparing(texts::get))
                .limit(k).map(texts::get).toList();
    }
}
