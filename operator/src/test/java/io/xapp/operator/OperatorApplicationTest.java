package io.xapp.operator;

import static io.xapp.operator.testing.Assistants.assistant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantTemplate;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.operator.testing.Assistants;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The application as it ships (Quarkus, QOSDK, CDI wiring, configuration): it elects a leader in its namespace,
 * reconciles there, reports health and exports metrics whose series do not name Assistants.
 */
@QuarkusTest
@QuarkusTestResource(value = OperatorClusterResource.class, restrictToAnnotatedClass = true)
class OperatorApplicationTest {

    private static final Pattern PACED_WRITES = Pattern.compile(
            "(?m)^xapp_kubernetes_write_wait_seconds_count(?:\\{[^}]*})? (\\S+)$");

    @Inject
    KubernetesClient client;

    @ConfigProperty(name = "quarkus.operator-sdk.namespaces")
    String namespace;

    @ConfigProperty(name = OperatorClusterResource.SITE_URL_PROPERTY)
    String siteUrl;

    @TestHTTPResource("/q/health/ready")
    URL ready;

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Test
    void reconcilesItsNamespaceAsTheElectedLeaderWithHealthAndBoundedMetrics() throws Exception {
        client.resources(AssistantTemplate.class).inNamespace(namespace)
                .resource(Assistants.template(Assistants.TEMPLATE)).create();
        String name = client.resources(Assistant.class).inNamespace(namespace)
                .resource(assistant("app-test-1", siteUrl, "growth")).create().getMetadata().getName();

        await("AwaitingQA").atMost(Assistants.TIMEOUT).until(() -> {
            Assistant a = client.resources(Assistant.class).inNamespace(namespace).withName(name).get();
            return a != null && a.getStatus() != null && a.getStatus().getPhase() == Phase.AwaitingQA;
        });

        Lease lease = client.leases().inNamespace(namespace).withName("xapp-operator").get();
        assertThat(lease).isNotNull();
        assertThat(lease.getSpec().getHolderIdentity()).isNotBlank();

        HttpResponse<String> health = get(ready);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"", "assistant", "assistanttemplate");

        String scrape = get(metrics).body();
        assertThat(scrape).contains("xapp_assistants{phase=\"AwaitingQA\"} 1.0", "xapp_reconcile_seconds_count",
                "xapp_site_analysis_seconds_count");
        assertThat(scrape).doesNotContain(name);
        Matcher writes = PACED_WRITES.matcher(scrape);
        assertThat(writes.find()).as("the client's writes are paced (XAPP_KUBERNETES_WRITES_PER_SECOND)").isTrue();
        assertThat(Double.parseDouble(writes.group(1)))
                .as("the test's template and Assistant, and at least the operator's Secret, ConfigMap, Deployment "
                        + "and Service, went through the pacing")
                .isGreaterThanOrEqualTo(6);
    }

    private static HttpResponse<String> get(URL url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.toString()))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
