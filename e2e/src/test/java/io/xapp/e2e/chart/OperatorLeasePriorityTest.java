package io.xapp.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.flowcontrol.v1.FlowSchema;
import io.fabric8.kubernetes.api.model.flowcontrol.v1.PolicyRulesWithSubjects;
import io.fabric8.kubernetes.api.model.flowcontrol.v1.PriorityLevelConfiguration;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.xapp.e2e.support.Manifests;
import io.xapp.testing.kube.KubeCluster;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The chart's FlowSchema and PriorityLevelConfiguration for the operator's leader-election Lease: rendered for the
 * operator's ServiceAccount and Leases in the release namespace only, accepted by the local API server, and in
 * effect there: a Lease request of the operator's ServiceAccount is put in that priority level, any other service
 * account's is not.
 */
class OperatorLeasePriorityTest {

    private static final String LEASES = "-operator-leases";
    /** Set by API Priority and Fairness on every response it classified. */
    private static final String PRIORITY_LEVEL_HEADER = "X-Kubernetes-PF-PriorityLevel-UID";

    @Test
    void rendersAPriorityLevelOfItsOwnForTheOperatorsLeaseRequests() {
        Manifests chart = ChartFiles.render();
        String name = "xapp-acme-acme-xapp" + LEASES;

        FlowSchema schema = chart.get("FlowSchema", name, FlowSchema.class);
        assertThat(schema.getSpec().getPriorityLevelConfiguration().getName()).isEqualTo(name);
        assertThat(schema.getSpec().getMatchingPrecedence()).as("ahead of the built-in service-accounts FlowSchema")
                .isLessThan(9000);
        PolicyRulesWithSubjects rule = schema.getSpec().getRules().get(0);
        assertThat(rule.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getServiceAccount().getName()).isEqualTo("acme-xapp-operator");
            assertThat(s.getServiceAccount().getNamespace()).isEqualTo(ChartFiles.NAMESPACE);
        });
        assertThat(rule.getResourceRules()).singleElement().satisfies(r -> {
            assertThat(r.getResources()).containsExactly("leases");
            assertThat(r.getNamespaces()).containsExactly(ChartFiles.NAMESPACE);
        });
        assertThat(rule.getNonResourceRules()).isNullOrEmpty();

        PriorityLevelConfiguration level = chart.get("PriorityLevelConfiguration", name,
                PriorityLevelConfiguration.class);
        assertThat(level.getSpec().getLimited().getLendablePercent()).as("its seats are never lent").isZero();
        assertThat(level.getSpec().getLimited().getLimitResponse().getType()).isEqualTo("Queue");
    }

    @Test
    void rendersNoneWhenSwitchedOff() {
        Manifests chart = ChartFiles.render(ChartFiles.values("no-lease-priority",
                Map.of("operator", Map.of("leasePriority", Map.of("enabled", false)))));
        assertThat(chart.ofKind("FlowSchema")).isEmpty();
        assertThat(chart.ofKind("PriorityLevelConfiguration")).isEmpty();
    }

    @Test
    void theApiServerAcceptsThemAndPutsOnlyTheOperatorsLeaseRequestsInTheirPriorityLevel() throws Exception {
        KubeCluster cluster = KubeCluster.get();
        KubernetesClient admin = cluster.client();
        // Cluster-scoped objects, named after the release namespace: a namespace of its own keeps them apart from
        // other tests' and engineers' releases. The namespace itself need not exist for classification.
        String namespace = "lease-priority-" + UUID.randomUUID().toString().substring(0, 8);
        Manifests chart = ChartFiles.render(ChartFiles.RELEASE, namespace);
        String name = namespace + "-acme-xapp" + LEASES;
        PriorityLevelConfiguration level = chart.get("PriorityLevelConfiguration", name,
                PriorityLevelConfiguration.class);
        FlowSchema schema = chart.get("FlowSchema", name, FlowSchema.class);
        try {
            String levelUid = admin.resource(level).create().getMetadata().getUid();
            admin.resource(schema).create();

            // The API server's flow-control configuration follows the objects asynchronously.
            await("the operator's Lease requests classified into " + name).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> levelUid.equals(leaseRequestPriorityLevel(cluster, namespace, "acme-xapp-operator")));
            assertThat(leaseRequestPriorityLevel(cluster, namespace, "acme-xapp-bridge"))
                    .as("another service account's Lease request").isNotNull().isNotEqualTo(levelUid);
        } finally {
            admin.resource(schema).delete();
            admin.resource(level).delete();
        }
    }

    /** The priority level the API server put a GET of the operator's Lease in, as {@code serviceAccount}. */
    private static String leaseRequestPriorityLevel(KubeCluster cluster, String namespace, String serviceAccount)
            throws Exception {
        String[] groups = {"system:serviceaccounts", "system:serviceaccounts:" + namespace, "system:authenticated"};
        try (KubernetesClient client = cluster.impersonating(namespace, "system:serviceaccount:" + namespace + ":"
                + serviceAccount, groups)) {
            HttpClient http = client.getHttpClient();
            // Forbidden or not found, it does not matter: requests are classified before they are authorised.
            HttpResponse<String> response = http.sendAsync(http.newHttpRequestBuilder()
                    .uri(cluster.apiServerUrl() + "/apis/coordination.k8s.io/v1/namespaces/" + namespace
                            + "/leases/xapp-operator").build(), String.class).get(30, TimeUnit.SECONDS);
            return response.header(PRIORITY_LEVEL_HEADER);
        }
    }
}
