package io.xapp.operator.status;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.xapp.api.v1alpha1.Phase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operator's own metrics. Every series is bounded by a fixed set of tag values (phases, outcomes, failure
 * reasons), never by the number of Assistants.
 */
public class OperatorMetrics {

    private final MeterRegistry registry;
    private final Map<ResourceID, Phase> phases = new ConcurrentHashMap<>();

    public OperatorMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Phase phase : Phase.values()) {
            Gauge.builder("xapp.assistants", phases, m -> count(m, phase))
                    .description("Assistants this operator reconciles, by phase")
                    .tag("phase", phase.name())
                    .register(registry);
        }
    }

    /** Remembers the phase of one Assistant for the per-phase gauge. */
    public void phase(ResourceID assistant, Phase phase) {
        if (phase == null) {
            phases.remove(assistant);
        } else {
            phases.put(assistant, phase);
        }
    }

    public void forget(ResourceID assistant) {
        phases.remove(assistant);
    }

    public void phaseChanged(Phase to) {
        Counter.builder("xapp.assistant.phase.transitions")
                .description("Phase changes of Assistants, by the phase entered")
                .tag("to", to.name())
                .register(registry)
                .increment();
    }

    public Timer.Sample startTimer() {
        return Timer.start(registry);
    }

    /** Records one reconcile of {@code controller}; outcome is success or error. */
    public void reconciled(Timer.Sample sample, String controller, boolean success) {
        sample.stop(Timer.builder("xapp.reconcile")
                .description("Reconciles and their duration")
                .tag("controller", controller)
                .tag("outcome", success ? "success" : "error")
                .register(registry));
    }

    /** Records one site analysis; outcome is success or the failure reason. */
    public void analysed(Timer.Sample sample, String outcome) {
        sample.stop(Timer.builder("xapp.site.analysis")
                .description("Site analyses and their duration, by outcome")
                .tag("outcome", outcome)
                .register(registry));
    }

    private static double count(Map<ResourceID, Phase> phases, Phase phase) {
        return phases.values().stream().filter(p -> p == phase).count();
    }
}
