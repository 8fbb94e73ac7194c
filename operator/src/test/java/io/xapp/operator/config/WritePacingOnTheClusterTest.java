package io.xapp.operator.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The operator's client (the Vert.x HTTP client it ships with) against the local control plane: fabric8 asks the
 * interceptor about each write on the thread that sends it, where it may wait, and reads and the Lease pass.
 */
@LocalCluster
class WritePacingOnTheClusterTest {

    TestNamespace namespace;

    @Test
    void writesWaitForTheirTurnOnTheThreadThatSendsThem() {
        PacingClock clock = new PacingClock();
        List<String> askedOn = new CopyOnWriteArrayList<>();
        WritePacing pacing = new WritePacing(clock.rate(1), () -> {
            askedOn.add(Thread.currentThread().getName() + (WritePacing.mayWaitHere() ? "" : " (may not wait)"));
            return WritePacing.mayWaitHere();
        }, new SimpleMeterRegistry());

        try (KubernetesClient client = OperatorClient.build(new ConfigBuilder(namespace.cluster().adminConfig())
                .withNamespace(namespace.name()).build(), new KubernetesSerialization(), pacing)) {
            client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("paced").endMetadata()
                    .addToData("a", "1").build()).create();
            assertThat(client.configMaps().withName("paced").get().getData()).containsEntry("a", "1");
            client.leases().resource(new LeaseBuilder().withNewMetadata().withName("paced").endMetadata()
                    .withNewSpec().withHolderIdentity("test").endSpec().build()).create();
            client.configMaps().withName("paced").edit(c -> new ConfigMapBuilder(c).addToData("b", "2").build());
            client.configMaps().withName("paced").delete();
        }

        String me = Thread.currentThread().getName();
        assertThat(askedOn).as("create, edit and delete were paced, each on the thread that sent it")
                .containsExactly(me, me, me);
        assertThat(clock.waits()).as("at 1/s the first write goes at once, the next two wait a second each")
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
}
