package io.xapp.bridge.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a range is split into day summaries, hour summaries and raw edges. */
class RangePlanTest {

    private static final long HOUR = 3_600_000L;
    private static final long T = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
    private static final long DAY0 = T / (24 * HOUR);

    private static List<List<Long>> list(List<long[]> ranges) {
        return ranges.stream().map(r -> List.of(r[0], r[1])).toList();
    }

    @Test
    void aRangeInsideOneHourIsReadFromRawEvents() {
        RangePlan p = RangePlan.of(T + 60_000, T + 120_000, DAY0 + 10);
        assertThat(p.dayTo() - p.dayFrom()).isZero();
        assertThat(p.hours()).isEmpty();
        assertThat(list(p.raw())).containsExactly(List.of(T + 60_000, T + 120_000));
    }

    @Test
    void sealedWholeDaysComeFromDaySummariesAndTheRestFromHoursAndEdges() {
        // 2026-02-28T22:30 .. 2026-03-04T05:15, days up to 2026-03-02 sealed.
        long from = T - HOUR - 30 * 60_000;
        long to = T + 3 * 24 * HOUR + 5 * HOUR + 15 * 60_000;
        RangePlan p = RangePlan.of(from, to, DAY0 + 1);
        assertThat(p.dayFrom()).isEqualTo(DAY0);
        assertThat(p.dayTo()).isEqualTo(DAY0 + 2);
        long h0 = T / HOUR;
        assertThat(list(p.hours())).containsExactly(List.of(h0 - 1, h0), List.of(h0 + 48, h0 + 77));
        assertThat(list(p.raw())).containsExactly(List.of(from, T - HOUR), List.of(T + 77 * HOUR, to));
    }

    @Test
    void withNothingSealedWholeHoursComeFromHourSummaries() {
        RangePlan p = RangePlan.of(T, T + 50 * HOUR, Long.MIN_VALUE);
        assertThat(p.dayTo() - p.dayFrom()).isZero();
        assertThat(list(p.hours())).containsExactly(List.of(T / HOUR, T / HOUR + 50));
        assertThat(p.raw()).isEmpty();
    }

    @Test
    void rangesOnBoundariesHaveNoRawEdges() {
        RangePlan p = RangePlan.of(T, T + 24 * HOUR, DAY0 + 5);
        assertThat(p.dayFrom()).isEqualTo(DAY0);
        assertThat(p.dayTo()).isEqualTo(DAY0 + 1);
        assertThat(p.hours()).isEmpty();
        assertThat(p.raw()).isEmpty();
    }
}
