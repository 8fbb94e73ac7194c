package io.xapp.bridge.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the usage of {@code [from, to)} is read from: whole sealed days from day summaries, other whole hours from
 * hour summaries, and the partial hours at either edge from the raw events (at most two hours of them).
 *
 * @param dayFrom first day summary (epoch day), {@code dayTo} excluded
 * @param hours   hour summary ranges {@code [from, to)} in epoch hours
 * @param raw     raw event ranges {@code [from, to)} in epoch milliseconds
 */
record RangePlan(long dayFrom, long dayTo, List<long[]> hours, List<long[]> raw) {

    private static final long HOUR = Span.HOUR.millis();

    /**
     * @param sealedThrough the assistant's last sealed day ({@link Long#MIN_VALUE} when none): only days up to it
     *                      have day summaries
     */
    static RangePlan of(long from, long to, long sealedThrough) {
        long firstHour = ceilDiv(from, HOUR);
        long endHour = Math.floorDiv(to, HOUR);
        List<long[]> raw = new ArrayList<>();
        if (firstHour >= endHour) { // no whole hour inside
            add(raw, from, to);
            return new RangePlan(0, 0, List.of(), raw);
        }
        add(raw, from, firstHour * HOUR);
        add(raw, endHour * HOUR, to);
        long firstDay = ceilDiv(firstHour, Span.HOURS_PER_DAY);
        long endDay = Math.min(Math.floorDiv(endHour, Span.HOURS_PER_DAY), sealedThrough + 1);
        List<long[]> hours = new ArrayList<>();
        if (firstDay >= endDay) {
            add(hours, firstHour, endHour);
            return new RangePlan(0, 0, hours, raw);
        }
        add(hours, firstHour, firstDay * Span.HOURS_PER_DAY);
        add(hours, endDay * Span.HOURS_PER_DAY, endHour);
        return new RangePlan(firstDay, endDay, hours, raw);
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    private static void add(List<long[]> ranges, long from, long to) {
        if (from < to) {
            ranges.add(new long[] {from, to});
        }
    }
}
