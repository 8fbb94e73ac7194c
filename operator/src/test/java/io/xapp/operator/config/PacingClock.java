package io.xapp.operator.config;

import io.github.bucket4j.TimeMeter;
import io.xapp.api.kube.WriteRate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock for {@link WriteRate} that stands still except when a writer waits: the wait moves it and is recorded. */
final class PacingClock implements TimeMeter {

    private long nanos;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    WriteRate rate(int perSecond) {
        return new WriteRate(perSecond, "the test's rate", this, wait -> {
            synchronized (this) {
                nanos += wait;
            }
            waits.add(Duration.ofNanos(wait));
        });
    }

    /** The waits so far, in order. */
    List<Duration> waits() {
        return waits;
    }

    @Override
    public synchronized long currentTimeNanos() {
        return nanos;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
