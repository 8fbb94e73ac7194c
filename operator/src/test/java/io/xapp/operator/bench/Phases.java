package io.xapp.operator.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Assistants' phases as an informer sees them: one watch instead of listing thousands of Assistants every few
 * seconds, which would load the API server the benchmark measures.
 */
final class Phases implements AutoCloseable {

    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final SharedIndexInformer<Assistant> informer;

    private Phases(SharedIndexInformer<Assistant> informer) {
        this.informer = informer;
    }

    static Phases watch(KubernetesClient client) {
        return new Phases(client.resources(Assistant.class).inform());
    }

    /** Counts by phase ({@code none} before the operator's first status). */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Assistant a : informer.getStore().list()) {
            Phase p = a.getStatus() == null ? null : a.getStatus().getPhase();
            counts.merge(p == null ? "none" : p.name(), 1, Integer::sum);
        }
        return counts;
    }

    /** Waits until {@code count} Assistants are in {@code phase}; the seconds since {@code startNanos}. */
    double awaitAll(Phase phase, int count, long startNanos, OperatorProcess operator)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        long nextReport = 0;
        while (System.nanoTime() < deadline) {
            Map<String, Integer> counts = counts();
            if (counts.getOrDefault(phase.name(), 0) == count) {
                return OperatorBenchmark.seconds(startNanos);
            }
            if (System.nanoTime() >= nextReport) {
                System.err.printf("%.0f s: %s; operator RSS %d MiB, restarts %d%n",
                        OperatorBenchmark.seconds(startNanos), counts, operator.rssMiB(), operator.restarts());
                nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not all " + count + " Assistants reached " + phase + " within " + LIMIT
                + ": " + counts());
    }

    @Override
    public void close() {
        informer.close();
    }
}
