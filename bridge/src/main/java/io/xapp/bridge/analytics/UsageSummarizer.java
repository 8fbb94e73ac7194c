package io.xapp.bridge.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns events into dictionary numbers and folds new events into the hour summaries, the day summaries of sealed
 * days, and seals finished days. Works inside the caller's transaction, on the assistant's locked counters.
 *
 * <p>Why seal: the hour summary of a busy customer is a few KB and is rewritten by every batch; the day summary
 * (tens of KB) is written once, from its 24 hours, when the first event of a later day arrives, and afterwards
 * only by late events of that day. Invariant: every day up to {@code sealedThrough} has a day summary equal to the
 * sum of its hours; later days have none.
 */
final class UsageSummarizer {

    private final Clock clock;

    UsageSummarizer(Clock clock) {
        this.clock = clock;
    }

    /** The events with their session, user and query numbered (new members get new numbers), in order. */
    List<NumberedEvent> number(Connection c, String assistant, UsageCounters counters, List<UsageEvent> events)
            throws SQLException {
        Set<String> sessions = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        Set<String> queries = new LinkedHashSet<>();
        for (UsageEvent e : events) {
            sessions.add(e.sessionId());
            users.add(e.userId());
            if (e.query() != null) {
                queries.add(e.query());
            }
        }
        Map<String, Integer> s = UsageDictionary.number(c, assistant, UsageDictionary.Kind.SESSION, sessions,
                counters);
        Map<String, Integer> u = UsageDictionary.number(c, assistant, UsageDictionary.Kind.USER, users, counters);
        Map<String, Integer> q = UsageDictionary.number(c, assistant, UsageDictionary.Kind.QUERY, queries, counters);
        List<NumberedEvent> out = new ArrayList<>(events.size());
        for (UsageEvent e : events) {
            out.add(new NumberedEvent(e.channel(), e.at().toEpochMilli(), s.get(e.sessionId()), u.get(e.userId()),
                    e.query() == null ? NumberedEvent.NO_QUERY : q.get(e.query()), e.noContent()));
        }
        return out;
    }

    /** Adds {@code fresh} (events stored for the first time) to the summaries, and seals finished days. */
    void summarize(Connection c, String assistant, UsageCounters counters, List<NumberedEvent> fresh)
            throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        Integer sealed = counters.sealedThrough;
        for (Map.Entry<Bucket, List<NumberedEvent>> e : group(fresh, Span.HOUR).entrySet()) {
            BucketStore.add(c, assistant, e.getKey().channel(), Span.HOUR, e.getKey().bucket(),
                    BucketSummary.of(e.getValue()));
        }
        for (Map.Entry<Bucket, List<NumberedEvent>> e : group(fresh, Span.DAY).entrySet()) {
            if (sealed != null && e.getKey().bucket() <= sealed) { // a late event of a sealed day
                BucketStore.add(c, assistant, e.getKey().channel(), Span.DAY, e.getKey().bucket(),
                        BucketSummary.of(e.getValue()));
            }
        }
        int newest = fresh.stream().mapToInt(e -> Span.DAY.bucketOf(e.atMs())).max().orElseThrow();
        // Never today or later: their hours are still being written.
        int sealTo = Math.min(newest, Span.DAY.bucketOf(clock.millis())) - 1;
        if (sealed == null || sealTo > sealed) {
            seal(c, assistant, sealed == null ? Long.MIN_VALUE : sealed + 1L, sealTo);
            counters.sealedThrough = sealTo;
        }
    }

    /** Writes the day summaries of days {@code [firstDay, lastDay]} from their hour summaries. */
    private static void seal(Connection c, String assistant, long firstDay, int lastDay) throws SQLException {
        long fromHour = firstDay == Long.MIN_VALUE ? Long.MIN_VALUE : firstDay * Span.HOURS_PER_DAY;
        for (String channel : UsageEvent.CHANNELS) {
            Map<Integer, BucketSummary> days = new LinkedHashMap<>();
            BucketStore.scan(c, assistant, channel, Span.HOUR, fromHour, (lastDay + 1L) * Span.HOURS_PER_DAY,
                    (ch, hour, summary) -> days.merge(Math.floorDiv(hour, Span.HOURS_PER_DAY), summary,
                            BucketSummary::add));
            for (Map.Entry<Integer, BucketSummary> day : days.entrySet()) {
                BucketStore.add(c, assistant, channel, Span.DAY, day.getKey(), day.getValue());
            }
        }
    }

    private record Bucket(String channel, int bucket) {
    }

    private static Map<Bucket, List<NumberedEvent>> group(List<NumberedEvent> events, Span span) {
        Map<Bucket, List<NumberedEvent>> out = new LinkedHashMap<>();
        for (NumberedEvent e : events) {
            out.computeIfAbsent(new Bucket(e.channel(), span.bucketOf(e.atMs())), k -> new ArrayList<>()).add(e);
        }
        return out;
    }
}
