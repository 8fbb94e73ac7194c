package io.xapp.api.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter's decisions on a clock that moves only when a writer waits: no test here depends on timing. */
class WriteRateTest {

    /** A clock that stands still, except that a wait moves it on by the time waited. */
    static final class StandingClock implements TimeMeter, BlockingStrategy {
        long nanos;
        final List<Long> waits = new ArrayList<>();

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        @Override
        public void park(long waitNanos) {
            waits.add(waitNanos);
            nanos += waitNanos;
        }
    }

    private static final long MS = 1_000_000;

    @Test
    void aSecondsWorthGoesAtOnceThenOneWriteEveryOneOverTheRate() {
        StandingClock clock = new StandingClock();
        WriteRate rate = new WriteRate(50, "writes", clock, clock);

        for (int i = 0; i < 50; i++) {
            assertThat(rate.acquire()).as("write %d of the first second's burst", i + 1).isZero();
        }
        assertThat(clock.waits).isEmpty();
        for (int i = 0; i < 100; i++) {
            assertThat(rate.acquire()).as("write %d after the burst", i + 51).isEqualTo(20 * MS);
        }
        assertThat(Duration.ofNanos(clock.nanos)).as("150 writes at 50/s: a burst of 50, then 100 in 2 s")
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void idleTimeRefillsTheBucketUpToOneSecondsWorth() {
        StandingClock clock = new StandingClock();
        WriteRate rate = new WriteRate(10, "writes", clock, clock);
        for (int i = 0; i < 10; i++) {
            rate.acquire();
        }

        clock.nanos += Duration.ofMinutes(5).toNanos();

        for (int i = 0; i < 10; i++) {
            assertThat(rate.acquire()).as("a rested bucket holds one second's worth, no more").isZero();
        }
        assertThat(rate.acquire()).isEqualTo(100 * MS);
    }

    @Test
    void aWriteThatMayNotWaitGoesAtOnceAndTheWritesAfterItWaitInstead() {
        StandingClock clock = new StandingClock();
        WriteRate rate = new WriteRate(10, "writes", clock, clock);
        for (int i = 0; i < 10; i++) {
            rate.acquire();
        }

        assertThat(rate.takeWithoutWaiting()).as("its turn would have come in 100 ms").isEqualTo(100 * MS);
        assertThat(rate.takeWithoutWaiting()).isEqualTo(200 * MS);
        assertThat(clock.waits).as("neither waited").isEmpty();
        assertThat(rate.acquire()).as("the next writer waits for both").isEqualTo(300 * MS);
    }

    @Test
    void anInterruptedWaitSaysWhatItWasWaitingFor() {
        WriteRate rate = new WriteRate(1, "XAPP_KUBERNETES_WRITES_PER_SECOND", new StandingClock(), nanos -> {
            throw new InterruptedException();
        });
        rate.acquire();

        assertThatThrownBy(rate::acquire).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at most 1 writes per second, XAPP_KUBERNETES_WRITES_PER_SECOND");
        assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
    }

    @Test
    void refusesRatesOutsideItsRangeNamingTheSetting() {
        assertThat(WriteRate.problem("kubernetes.writesPerSecond", 0))
                .contains("kubernetes.writesPerSecond must be 1 to 1000, got 0");
        assertThat(WriteRate.problem("kubernetes.writesPerSecond", 1001)).isPresent();
        assertThat(WriteRate.problem("kubernetes.writesPerSecond", 1)).isEmpty();
        assertThat(WriteRate.problem("kubernetes.writesPerSecond", 1000)).isEmpty();
        assertThatThrownBy(() -> new WriteRate(-5, "XAPP_KUBERNETES_WRITES_PER_SECOND"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("XAPP_KUBERNETES_WRITES_PER_SECOND must be 1 to 1000, got -5");
    }
}
