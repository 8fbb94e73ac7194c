package io.xapp.operator.config;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.micrometer.core.instrument.MeterRegistry;
import io.xapp.api.kube.KubeClients;
import io.xapp.api.kube.WriteRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The operator's one KubernetesClient, which QOSDK, JOSDK and the operator's own code all use: Quarkus's
 * (its Config, with {@link ApiServerConcurrency}, and its serialization), with {@link WritePacing} in its HTTP
 * chain, so every write it sends waits for its turn at {@value #WRITES_PER_SECOND}. It replaces the extension's
 * default client bean; a rate outside 1 to 1000 stops the operator at start-up, naming the setting.
 */
@ApplicationScoped
public class OperatorClient {

    static final String WRITES_PER_SECOND = "XAPP_KUBERNETES_WRITES_PER_SECOND";

    private static final Logger LOG = Logger.getLogger(OperatorClient.class);

    @Produces
    @Singleton
    KubernetesClient kubernetesClient(Config config, KubernetesSerialization serialization, OperatorConfig operator,
            MeterRegistry registry) {
        WriteRate rate = writeRate(operator.kubernetes().writesPerSecond());
        LOG.infof("writes to the API server paced at %d per second (%s)", rate.perSecond(), WRITES_PER_SECOND);
        return build(config, serialization, new WritePacing(rate, WritePacing::mayWaitHere, registry));
    }

    /** The configured rate; outside 1 to 1000 an error that names the setting. */
    static WriteRate writeRate(int perSecond) {
        return new WriteRate(perSecond, WRITES_PER_SECOND + " (xapp.kubernetes.writes-per-second)");
    }

    /** A client as {@link KubeClients} builds it, with {@code pacing} in its HTTP chain. */
    static KubernetesClient build(Config config, KubernetesSerialization serialization, WritePacing pacing) {
        return KubeClients.build(config, serialization,
                http -> http.addOrReplaceInterceptor(WritePacing.NAME, pacing));
    }

    void close(@Disposes KubernetesClient client) {
        client.close();
    }
}
