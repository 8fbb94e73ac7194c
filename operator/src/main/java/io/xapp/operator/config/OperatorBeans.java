package io.xapp.operator.config;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.crawler.Crawlers;
import io.xapp.operator.analysis.AnalysisSettings;
import io.xapp.operator.assistant.AssistantServices;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.OperatorMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Wires the operator's collaborators from its configuration. */
@ApplicationScoped
public class OperatorBeans {

    /** Unique per process: two operators on one host (HOSTNAME alike) must not share a leader identity. */
    private static final String INSTANCE = hostname() + "-" + UUID.randomUUID().toString().substring(0, 8);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    OperatorMetrics operatorMetrics(MeterRegistry registry) {
        return new OperatorMetrics(registry);
    }

    /** JOSDK's own reconcile metrics, without per-resource series (those grow with the number of Assistants). */
    @Produces
    @Singleton
    Metrics josdkMetrics(MeterRegistry registry) {
        return MicrometerMetrics.withoutPerResourceMetrics(registry);
    }

    @Produces
    @Singleton
    AssistantServices assistantServices(OperatorConfig config, KubernetesClient client, OperatorMetrics metrics,
            Clock clock) {
        var analysis = config.analysis();
        return new AssistantServices(
                new PartnerEnvironmentSource(config.partnerConfig(), config.partnerConfigRecheck(), clock),
                AssistantTokens.load(config.assistantTokenKey().orElse(null), config.assistantTokenKeyFile()),
                Crawlers.brandAnalyzer(),
                new AnalysisSettings(analysis.threads(), analysis.queueCapacity(), analysis.retryInitial(),
                        analysis.retryMax()),
                config.unresolvedRecheck(),
                config.teardownPoll(),
                new AssistantEvents(client, clock, INSTANCE),
                metrics,
                clock);
    }

    /**
     * Active in the prod profile (QOSDK's default). The Lease lives in the operator's namespace: the configured one,
     * else the one namespace it watches, else its client's (in a Pod, its own). So two releases, each watching its
     * namespace, elect their leaders independently, in a cluster and as local processes alike.
     */
    @Produces
    @Singleton
    LeaderElectionConfiguration leaderElection(OperatorConfig config,
            @ConfigProperty(name = "quarkus.operator-sdk.namespaces") List<String> watched) {
        String namespace = config.leaderElection().leaseNamespace()
                .orElse(watched.size() == 1 && !watched.get(0).startsWith("JOSDK_") ? watched.get(0) : null);
        return new LeaderElectionConfiguration(config.leaderElection().leaseName(), namespace,
                LeaderElectionConfiguration.LEASE_DURATION_DEFAULT_VALUE,
                LeaderElectionConfiguration.RENEW_DEADLINE_DEFAULT_VALUE,
                LeaderElectionConfiguration.RETRY_PERIOD_DEFAULT_VALUE, INSTANCE, null,
                config.leaderElection().exitOnStopLeading());
    }

    private static String hostname() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "xapp-operator" : host;
    }
}
