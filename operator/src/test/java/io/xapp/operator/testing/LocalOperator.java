package io.xapp.operator.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.crawler.Crawlers;
import io.xapp.operator.analysis.AnalysisSettings;
import io.xapp.operator.assistant.AssistantReconciler;
import io.xapp.operator.assistant.AssistantServices;
import io.xapp.operator.config.PartnerEnvironmentSource;
import io.xapp.operator.qa.checks.QaCheckSettings;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.OperatorMetrics;
import io.xapp.operator.template.AssistantTemplateReconciler;
import io.xapp.testing.kube.KubeCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The operator's controllers run in the test JVM against the local cluster, watching one namespace: what the
 * application wires with CDI, wired by hand, so a test can stop and start an operator, or run two. Uses the real
 * brand analyzer (loopback allowed by the partner file) and short retry and recheck intervals.
 */
public final class LocalOperator implements AutoCloseable {

    public static final String TOKEN_KEY = "0123456789abcdef0123456789abcdef-operator-tests";

    private final Operator operator;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private LocalOperator(KubeCluster cluster, String namespace, Path partnerFile, QaCheckSettings checks) {
        Clock clock = Clock.systemUTC();
        KubernetesClient client = cluster.newClient(namespace);
        OperatorMetrics metrics = new OperatorMetrics(registry);
        AssistantServices services = new AssistantServices(
                new PartnerEnvironmentSource(partnerFile, Duration.ofMillis(500), clock),
                tokens(),
                Crawlers.brandAnalyzer(),
                new AnalysisSettings(2, 100, Duration.ofSeconds(1), Duration.ofSeconds(4)),
                checks,
                Duration.ofSeconds(1),
                Duration.ofMillis(500),
                new AssistantEvents(client, clock, "test-" + namespace),
                metrics,
                clock);
        operator = new Operator(o -> o.withKubernetesClient(client).withCloseClientOnStop(true)
                .withConcurrentReconciliationThreads(8));
        operator.register(new AssistantReconciler(services), c -> c.settingNamespaces(namespace));
        operator.register(new AssistantTemplateReconciler(clock, metrics), c -> c.settingNamespaces(namespace));
    }

    /**
     * Starts an operator for {@code namespace}, without the pre-review checks (kwok's Pods run no runtime for them
     * to check); returns once its caches are in sync.
     */
    public static LocalOperator start(KubeCluster cluster, String namespace, Path partnerFile) {
        return start(cluster, namespace, partnerFile, QaCheckSettings.DISABLED);
    }

    public static LocalOperator start(KubeCluster cluster, String namespace, Path partnerFile,
            QaCheckSettings checks) {
        Crds.ensureApplied(cluster);
        LocalOperator local = new LocalOperator(cluster, namespace, partnerFile, checks);
        local.operator.start();
        return local;
    }

    public static AssistantTokens tokens() {
        return new AssistantTokens(TOKEN_KEY.getBytes(StandardCharsets.UTF_8));
    }

    public SimpleMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        operator.stop();
    }
}
