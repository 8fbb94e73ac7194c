package io.xapp.bridge.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Query counts: encoding round trip, exact sums, and the candidates for the top list. */
class QueryCountsTest {

    @Test
    void encodesAddsAndKeepsEveryCount() {
        QueryCounts a = QueryCounts.of(Map.of(0, 3L, 7, 1L, 300_000, 5_000_000_000L));
        QueryCounts b = QueryCounts.of(Map.of(7, 2L, 8, 1L));
        assertThat(QueryCounts.decode(a.encode())).isEqualTo(a);
        QueryCounts sum = a.plus(b);
        assertThat(QueryCounts.decode(sum.encode())).isEqualTo(sum);
        assertThat(sum.size()).isEqualTo(4);
        assertThat(sum.countOf(7)).isEqualTo(3);
        assertThat(sum.countOf(300_000)).isEqualTo(5_000_000_000L);
        assertThat(sum.countOf(9)).isZero();
        assertThat(QueryCounts.decode(QueryCounts.EMPTY.encode()).size()).isZero();
    }

    @Test
    void candidatesAreEveryQueryCountedAtLeastAsOftenAsTheKth() {
        QueryCounts c = QueryCounts.of(Map.of(1, 9L, 2, 5L, 3, 5L, 4, 5L, 5, 1L));
        assertThat(c.candidates(2)).containsExactly(1, 2, 3, 4); // three tie for second place
        assertThat(c.candidates(1)).containsExactly(1);
        assertThat(c.candidates(10)).containsExactly(1, 2, 3, 4, 5);
    }
}
