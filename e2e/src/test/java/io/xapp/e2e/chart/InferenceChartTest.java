package io.xapp.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.e2e.support.Manifests;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inference service in the chart (docs/inference.md): what {@code helm template} renders with it on (the
 * default) and off, and that the API server accepts the rendered objects, its Pods passing the restricted pod
 * security profile, enforced on the namespace.
 */
@LocalCluster
class InferenceChartTest {

    private static final String NAME = "acme-xapp-inference";
    private static final Map<String, String> RUNTIME_PODS = Map.of("app.kubernetes.io/part-of", "xapp",
            "app.kubernetes.io/component", "runtime");

    @Test
    void rendersTwoReplicasBehindAServiceWithADisruptionBudget() {
        Manifests chart = ChartFiles.render();
        Deployment d = chart.get("Deployment", NAME, Deployment.class);
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();

        assertThat(d.getSpec().getReplicas()).isEqualTo(2);
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
                .as("an upgrade never lowers the capacity").isZero();
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(c.getImage()).isEqualTo("xapp/inference:0.1.0");
        assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(c.getEnv()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("XAPP_INFERENCE_WORKERS");
            assertThat(e.getValue()).isEqualTo("2");
        });
        assertThat(c.getEnv()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("XAPP_INFERENCE_VECTOR_CACHE_BYTES");
            assertThat(e.getValue()).as("32 MiB").isEqualTo("33554432");
        });

        Service service = chart.get("Service", NAME, Service.class);
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(p -> assertThat(p.getPort()).isEqualTo(8080));
        PodDisruptionBudget pdb = chart.get("PodDisruptionBudget", NAME, PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    }

    @Test
    void runsRestrictedWithTheBridgesSigningKeyAndNoApiAccess() {
        Manifests chart = ChartFiles.render();
        PodSpec inference = chart.get("Deployment", NAME, Deployment.class).getSpec().getTemplate().getSpec();
        PodSpec bridge = chart.get("Deployment", "acme-xapp-bridge", Deployment.class).getSpec().getTemplate()
                .getSpec();

        assertThat(inference.getAutomountServiceAccountToken()).isFalse();
        assertThat(inference.getSecurityContext()).isEqualTo(bridge.getSecurityContext());
        assertThat(inference.getContainers().get(0).getSecurityContext())
                .isEqualTo(bridge.getContainers().get(0).getSecurityContext());
        assertThat(volume(inference, "token-key")).as("the signing key, mounted as the bridge has it")
                .isEqualTo(volume(bridge, "token-key"));
        assertThat(inference.getContainers().get(0).getVolumeMounts())
                .filteredOn(m -> m.getName().equals("token-key")).singleElement()
                .satisfies(m -> assertThat(m.getMountPath()).isEqualTo("/etc/xapp/secrets"));
        assertThat(inference.getContainers().get(0).getEnv()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("XAPP_ASSISTANT_TOKEN_KEY_FILE");
            assertThat(e.getValue()).isEqualTo("/etc/xapp/secrets/assistant-token-key");
        });
    }

    @Test
    void onlyRuntimesMayCallItAndRuntimesMayCallIt() {
        Manifests chart = ChartFiles.render();
        NetworkPolicy policy = chart.get("NetworkPolicy", NAME, NetworkPolicy.class);

        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getEgress()).as("it calls nothing").isNullOrEmpty();
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getNamespaceSelector()).isNull();
                assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(RUNTIME_PODS);
            });
            assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal())
                    .isEqualTo(8080));
        });
        assertThat(runtimeEgressPodSelectors(chart)).as("the runtimes' egress reaches the inference pods")
                .contains(chart.get("Deployment", NAME, Deployment.class).getSpec().getSelector().getMatchLabels());

        Path monitoring = ChartFiles.values("inference-monitoring", Map.of("networkPolicies",
                Map.of("monitoringNamespaceSelector", Map.of("matchLabels", Map.of("name", "monitoring")))));
        assertThat(ChartFiles.render(monitoring).get("NetworkPolicy", NAME, NetworkPolicy.class).getSpec()
                .getIngress()).as("metrics only from the namespaces named for monitoring").hasSize(2);
    }

    @Test
    void runtimesLearnItsServiceFromThePartnerFile() {
        assertThat(partnerEnvironment(ChartFiles.render()).runtime().inferenceUrl())
                .isEqualTo("http://acme-xapp-inference.xapp-acme.svc:8080");
        Path local = ChartFiles.values("inference-url", Map.of("inference", Map.of("url", "http://127.0.0.1:18092")));
        assertThat(partnerEnvironment(ChartFiles.render(local)).runtime().inferenceUrl())
                .isEqualTo("http://127.0.0.1:18092");
    }

    @Test
    void followsItsCpuWhenAutoscalingIsOnAndTheApiServerAcceptsTheAutoscaler(KubernetesClient client,
            TestNamespace namespace) {
        assertThat(ChartFiles.render().ofKind("HorizontalPodAutoscaler")).as("off by default").isEmpty();
        Path on = ChartFiles.values("inference-autoscaling", Map.of("inference", Map.of("autoscaling",
                Map.of("enabled", true, "maxReplicas", 8))));
        Manifests chart = ChartFiles.render(on);

        assertThat(chart.get("Deployment", NAME, Deployment.class).getSpec().getReplicas())
                .as("the autoscaler owns the replica count").isNull();
        HorizontalPodAutoscaler hpa = chart.get("HorizontalPodAutoscaler", NAME, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(NAME);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getMinReplicas()).as("above the disruption budget's 1").isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(8);
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(m -> {
            assertThat(m.getResource().getName()).isEqualTo("cpu");
            assertThat(m.getResource().getTarget().getAverageUtilization()).isEqualTo(70);
        });
        GenericKubernetesResource raw = chart.all().stream()
                .filter(o -> o.getKind().equals("HorizontalPodAutoscaler")).findFirst().orElseThrow();
        client.resource(raw).inNamespace(namespace.name()).serverSideApply();
        assertThat(client.autoscaling().v2().horizontalPodAutoscalers().withName(NAME).get()).isNotNull();

        Path wrong = ChartFiles.values("inference-autoscaling-wrong", Map.of("inference", Map.of("autoscaling",
                Map.of("enabled", true, "minReplicas", 9))));
        assertThatThrownBy(() -> ChartFiles.render(wrong)).hasMessageContaining(
                "inference.autoscaling.minReplicas (9) is above maxReplicas (6)");
    }

    @Test
    void offWhenDisabled() {
        Path off = ChartFiles.values("inference-off", Map.of("inference", Map.of("enabled", false),
                "serviceMonitor", Map.of("enabled", true)));
        Manifests chart = ChartFiles.render(off);

        assertThat(chart.all()).as("nothing of the inference service").noneMatch(o -> o.getMetadata().getName()
                .equals(NAME));
        assertThat(chart.ofKind("Deployment")).extracting(o -> o.getMetadata().getName())
                .containsExactlyInAnyOrder("acme-xapp-operator", "acme-xapp-bridge");
        assertThat(partnerEnvironment(chart).runtime().inferenceUrl()).as("runtimes search by keywords alone")
                .isNull();
        assertThat(runtimeEgressPodSelectors(chart)).noneMatch(labels -> "inference".equals(labels.get(
                "app.kubernetes.io/component")));
        assertThat(chart.ofKind("ServiceMonitor")).extracting(o -> o.getMetadata().getName())
                .containsExactlyInAnyOrder("acme-xapp-operator", "acme-xapp-bridge");
    }

    @Test
    void theApiServerAcceptsItAndItsPodsPassTheRestrictedProfile(KubernetesClient client, TestNamespace namespace) {
        client.namespaces().withName(namespace.name()).edit(ns -> {
            ns.getMetadata().getLabels().put("pod-security.kubernetes.io/enforce", "restricted");
            return ns;
        });
        Manifests chart = ChartFiles.render();
        List<GenericKubernetesResource> objects = chart.all().stream()
                .filter(o -> o.getMetadata().getName().equals(NAME)
                        || o.getMetadata().getName().equals("acme-xapp-assistant-token-key"))
                .toList();
        assertThat(objects).extracting(HasMetadata::getKind).containsExactlyInAnyOrder("Secret", "Deployment",
                "Service", "PodDisruptionBudget", "NetworkPolicy");

        for (GenericKubernetesResource o : objects) {
            client.resource(o).inNamespace(namespace.name()).serverSideApply();
        }

        assertThat(client.policy().v1().podDisruptionBudget().withName(NAME).get()).isNotNull();
        assertThat(client.network().v1().networkPolicies().withName(NAME).get()).isNotNull();
        await("both replicas running on the local cluster's (simulated) nodes").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    Deployment live = client.apps().deployments().withName(NAME).get();
                    assertThat(live.getStatus().getReadyReplicas()).as("ready replicas; events: %s",
                            client.v1().events().list().getItems().stream().map(e -> e.getReason() + ": "
                                    + e.getMessage()).toList()).isEqualTo(2);
                });
    }

    private static PartnerEnvironment partnerEnvironment(Manifests chart) {
        String name = chart.ofKind("ConfigMap").stream().map(c -> c.getMetadata().getName())
                .filter(n -> n.endsWith("-partner")).findFirst().orElseThrow();
        String file = chart.get("ConfigMap", name, ConfigMap.class).getData().get("partner.yaml");
        return PartnerEnvironment.parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "chart");
    }

    private static List<Map<String, String>> runtimeEgressPodSelectors(Manifests chart) {
        return chart.get("NetworkPolicy", "acme-xapp-runtimes", NetworkPolicy.class).getSpec().getEgress().stream()
                .filter(r -> r.getTo() != null).flatMap(r -> r.getTo().stream())
                .map(NetworkPolicyPeer::getPodSelector).filter(s -> s != null).map(s -> s.getMatchLabels())
                .toList();
    }

    private static Object volume(PodSpec pod, String name) {
        return pod.getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }
}
