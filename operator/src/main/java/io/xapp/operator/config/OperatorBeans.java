package io.xapp.operator.config;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Quarkus;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.crawler.Crawlers;
import io.xapp.operator.analysis.AnalysisSettings;
import io.xapp.operator.assistant.AssistantServices;
import io.xapp.operator.qa.checks.QaCheckSettings;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.OperatorMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Wires the operator's collaborators from its configuration. */
@ApplicationScoped
public class OperatorBeans {

    private static final Logger LOG = Logger.getLogger(OperatorBeans.class);

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
        var checks = config.qaChecks();
        return new AssistantServices(
                new PartnerEnvironmentSource(config.partnerConfig(), config.partnerConfigRecheck(), clock),
                AssistantTokens.load(config.assistantTokenKey().orElse(null), config.assistantTokenKeyFile()),
                Crawlers.brandAnalyzer(),
                new AnalysisSettings(analysis.threads(), analysis.queueCapacity(), analysis.retryInitial(),
                        analysis.retryMax()),
                new QaCheckSettings(checks.enabled(), checks.threads(), checks.queueCapacity(), checks.checkTimeout(),
                        checks.runtimeWait(), checks.runtimeRetry()),
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
        var election = config.leaderElection();
        // Not JOSDK's own exit: it calls System.exit from the shutdown hook too, which hangs the JVM on SIGTERM.
        // Quarkus.asyncExit shuts down from another thread, so losing leadership and stopping both end the process.
        LeaderCallbacks exitOnLoss = new LeaderCallbacks(() -> { }, () -> {
            LOG.warnf("no longer the leader (Lease %s); exiting so that only the leader reconciles",
                    election.leaseName());
            Quarkus.asyncExit(1);
        }, leader -> { });
        return new LeaderElectionConfiguration(election.leaseName(), namespace, election.leaseDuration(),
                election.renewDeadline(), election.retryPeriod(), INSTANCE,
                election.exitOnStopLeading() ? exitOnLoss : null, false);
    }

    private static String hostname() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "xapp-operator" : host;
    }
}
