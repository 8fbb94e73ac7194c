package io.xapp.operator.testing;

import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every phase an Assistant's status was written with since it was created, from a watch that starts at the
 * resource version of its creation. Which phases it passes through depends on timing (in one CI run its status
 * went from Analyzing to AwaitingQA, with no Provisioning written between), so tests compare with what happened.
 */
public final class PhaseHistory implements AutoCloseable {

    private final ConcurrentLinkedQueue<Phase> phases = new ConcurrentLinkedQueue<>();
    private final Watch watch;

    private PhaseHistory(KubernetesClient client, Assistant created) {
        watch = client.resources(Assistant.class).inNamespace(created.getMetadata().getNamespace())
                .withName(created.getMetadata().getName())
                .watch(new ListOptionsBuilder().withResourceVersion(created.getMetadata().getResourceVersion())
                        .build(), new Watcher<>() {
                            @Override
                            public void eventReceived(Action action, Assistant assistant) {
                                if (assistant.getStatus() != null && assistant.getStatus().getPhase() != null) {
                                    phases.add(assistant.getStatus().getPhase());
                                }
                            }

                            @Override
                            public void onClose(WatcherException cause) {
                            }
                        });
    }

    /** Starts recording; {@code created} is the Assistant as its creation returned it. */
    public static PhaseHistory of(KubernetesClient client, Assistant created) {
        return new PhaseHistory(client, created);
    }

    /** The phases seen so far, each once, in the order first seen. */
    public Set<String> phases() {
        Set<String> names = new LinkedHashSet<>();
        phases.forEach(p -> names.add(p.name()));
        return names;
    }

    @Override
    public void close() {
        watch.close();
    }
}
