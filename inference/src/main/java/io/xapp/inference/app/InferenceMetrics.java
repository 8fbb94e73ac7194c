package io.xapp.inference.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.xapp.inference.batch.Priority;
import io.xapp.inference.batch.RoundObserver;
import io.xapp.inference.model.TextKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the service tells Prometheus ({@code /q/metrics}): model calls (time, texts per call, how long the oldest
 * text waited), texts embedded, requests refused for a full queue, requests refused for a bad token.
 */
public final class InferenceMetrics implements RoundObserver {

    private final Map<TextKind, Timer> rounds = new EnumMap<>(TextKind.class);
    private final Map<TextKind, Timer> waits = new EnumMap<>(TextKind.class);
    private final Map<TextKind, DistributionSummary> roundTexts = new EnumMap<>(TextKind.class);
    private final Map<TextKind, Counter> texts = new EnumMap<>(TextKind.class);
    private final Map<Priority, Counter> refused = new EnumMap<>(Priority.class);
    private final Counter unauthorized;

    public InferenceMetrics(MeterRegistry registry) {
        for (TextKind kind : TextKind.values()) {
            String k = kind.wireName();
            rounds.put(kind, Timer.builder("xapp.inference.round").description("one round of texts")
                    .tag("kind", k).publishPercentiles(0.5, 0.99).register(registry));
            waits.put(kind, Timer.builder("xapp.inference.queue.wait")
                    .description("how long the oldest text of a round waited for it").tag("kind", k)
                    .publishPercentiles(0.5, 0.99).register(registry));
            roundTexts.put(kind, DistributionSummary.builder("xapp.inference.round.texts")
                    .description("texts in one round").tag("kind", k).register(registry));
            texts.put(kind, Counter.builder("xapp.inference.texts").description("texts embedded").tag("kind", k)
                    .register(registry));
        }
        for (Priority priority : Priority.values()) {
            refused.put(priority, Counter.builder("xapp.inference.refused")
                    .description("requests refused with 503 because their queue was full")
                    .tag("priority", priority.wireName()).register(registry));
        }
        unauthorized = Counter.builder("xapp.inference.unauthorized")
                .description("requests refused with 401 (missing or wrong assistant token)").register(registry);
    }

    @Override
    public void round(TextKind kind, int count, long nanos, long waitNanos) {
        rounds.get(kind).record(nanos, TimeUnit.NANOSECONDS);
        waits.get(kind).record(waitNanos, TimeUnit.NANOSECONDS);
        roundTexts.get(kind).record(count);
        texts.get(kind).increment(count);
    }

    @Override
    public void refused(Priority priority) {
        refused.get(priority).increment();
    }

    public void unauthorized() {
        unauthorized.increment();
    }
}
