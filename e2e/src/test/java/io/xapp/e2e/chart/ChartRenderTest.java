package io.xapp.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBinding;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.e2e.support.Manifests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code helm template} with the defaults and with every option switched on: what is rendered, and that the
 * rendered partner.yaml is exactly what the operator ({@link PartnerEnvironment#parse}) and the bridge
 * ({@link BridgeConfig#parse}) read, so the chart cannot drift from the code.
 */
class ChartRenderTest {

    private static final String PARTNER_SECRET_DIR = "/etc/xapp/secrets/partner/";
    private static final Pattern SECRET_FILE = Pattern.compile("\\{file: " + Pattern.quote(PARTNER_SECRET_DIR)
            + "([^}]+)}");

    @Test
    void rendersWithTheDefaults() {
        Manifests chart = ChartFiles.render();

        assertThat(chart.ofKind("Deployment")).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("acme-xapp-operator", "acme-xapp-bridge", "acme-xapp-inference");
        assertThat(chart.ofKind("AssistantTemplate")).extracting(t -> t.getMetadata().getName())
                .containsExactlyInAnyOrder("local-business", "healthcare", "professional-services");
        assertThat(chart.ofKind("ValidatingAdmissionPolicy")).hasSize(1);
        assertThat(chart.ofKind("ValidatingAdmissionPolicyBinding")).hasSize(1);
        assertThat(chart.ofKind("NetworkPolicy")).hasSize(4);
        assertThat(chart.ofKind("PodDisruptionBudget")).hasSize(1);
        assertThat(chart.ofKind("ServiceMonitor")).as("ServiceMonitor is off by default").isEmpty();
        assertThat(chart.ofKind("PodMonitor")).as("and so is the runtimes' PodMonitor").isEmpty();
        assertThat(chart.ofKind("Ingress")).as("the bridge Ingress is off by default").isEmpty();
        // A trial release generates the keys we issue to the partner, so the bridge can start.
        Secret secrets = chart.get("Secret", "acme-xapp-partner-secrets", Secret.class);
        assertThat(secrets.getData()).containsOnlyKeys(secretFilesNamedIn(partnerFile(chart)));
        assertThat(env(chart.get("Deployment", "acme-xapp-operator", Deployment.class),
                "XAPP_KUBERNETES_WRITES_PER_SECOND")).as("the operator's write rate: its own default (OperatorConfig)")
                .isEqualTo("150");
    }

    @Test
    void rendersWithEveryOptionSwitchedOn() throws IOException {
        JsonNode values = values();
        Manifests chart = ChartFiles.render(ChartFiles.fullValues());

        assertThat(chart.ofKind("ServiceMonitor")).extracting(m -> m.getMetadata().getName())
                .containsExactlyInAnyOrder("acme-xapp-operator", "acme-xapp-bridge", "acme-xapp-inference");
        assertRuntimesAreScraped(chart);
        Ingress bridgeIngress = chart.get("Ingress", "acme-xapp-bridge", Ingress.class);
        assertThat(bridgeIngress.getSpec().getRules().get(0).getHost())
                .isEqualTo(values.at("/bridge/ingress/host").asText());
        assertThat(bridgeIngress.getSpec().getRules().get(0).getHttp().getPaths())
                .as("only the partner API is exposed, never /internal or /q").singleElement()
                .satisfies(p -> assertThat(p.getPath()).isEqualTo("/v1/"));
        assertThat(bridgeIngress.getSpec().getTls()).singleElement()
                .satisfies(t -> assertThat(t.getSecretName()).isEqualTo(values.at("/bridge/ingress/tlsSecretName")
                        .asText()));
        assertThat(chart.ofKind("Secret")).as("secrets come from existingSecret, none is rendered").isEmpty();
        assertThat(chart.ofKind("PersistentVolumeClaim")).as("PostgreSQL replaces the embedded database volume")
                .isEmpty();
        assertThat(chart.ofKind("AssistantTemplate")).extracting(t -> t.getMetadata().getName())
                .containsExactlyInAnyOrder("local-business", "healthcare");

        Deployment operator = chart.get("Deployment", "acme-xapp-operator", Deployment.class);
        assertThat(operator.getSpec().getReplicas()).isEqualTo(values.at("/operator/replicas").asInt());
        assertThat(container(operator).getImage()).isEqualTo(values.at("/operator/image/repository").asText() + "@"
                + values.at("/operator/image/digest").asText());
        assertThat(env(operator, "XAPP_ANALYSIS_RETRY_MAX")).isEqualTo("30m");
        assertThat(env(operator, "XAPP_KUBERNETES_WRITES_PER_SECOND")).as("operator.writesPerSecond")
                .isEqualTo(values.at("/operator/writesPerSecond").asText());
        Deployment bridge = chart.get("Deployment", "acme-xapp-bridge", Deployment.class);
        assertThat(bridge.getSpec().getTemplate().getSpec().getVolumes()).extracting(v -> v.getName())
                .as("no embedded database volume with PostgreSQL").doesNotContain("data");
        assertThat(bridge.getSpec().getTemplate().getSpec().getVolumes())
                .filteredOn(v -> v.getName().equals("partner-secrets")).singleElement()
                .satisfies(v -> assertThat(v.getSecret().getSecretName())
                        .isEqualTo(values.at("/secrets/existingSecret").asText()));
        assertThat(container(bridge).getEnv()).extracting(EnvVar::getName).contains("HTTPS_PROXY");
        Deployment inference = chart.get("Deployment", "acme-xapp-inference", Deployment.class);
        assertThat(inference.getSpec().getReplicas()).isEqualTo(values.at("/inference/replicas").asInt());
        assertThat(env(inference, "XAPP_INFERENCE_WORKERS")).isEqualTo("4");
        assertThat(env(inference, "XAPP_INFERENCE_INTRA_OP_THREADS")).isEqualTo("1");
        assertThat(env(inference, "XAPP_INFERENCE_BATCH_WINDOW")).isEqualTo("3ms");
        assertThat(inference.getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution()).as("the affinity given replaces the default")
                .hasSize(1);
        assertThat(chart.get("PodDisruptionBudget", "acme-xapp-inference",
                PodDisruptionBudget.class).getSpec().getMinAvailable()
                .getIntVal()).isEqualTo(2);
    }

    @Test
    void theIngressesRefuseBodiesAtTheComponentsOwnLimitsUnlessTheValuesSayOtherwise() {
        Manifests chart = ChartFiles.render(ChartFiles.values("bridge-ingress", Map.of(
                "bridge", Map.of("ingress", Map.of("enabled", true, "host", "events.example")),
                "webhook", Map.of("maxBodyBytes", 131072))));
        assertThat(chart.get("Ingress", "acme-xapp-bridge", Ingress.class).getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "131072");
        assertThat(PartnerEnvironment.parse(stream(partnerFile(chart)), "bridge-ingress").ingress().annotations())
                .as("the runtime's own limit").containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "32k");

        Ingress full = ChartFiles.render(ChartFiles.fullValues()).get("Ingress", "acme-xapp-bridge", Ingress.class);
        assertThat(full.getMetadata().getAnnotations()).as("set in the values")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "64k");
    }

    @Test
    void theOperatorReadsThePartnerFileAsRendered() throws IOException {
        JsonNode values = values();
        PartnerEnvironment defaults = PartnerEnvironment.parse(stream(partnerFile(ChartFiles.render())), "defaults");
        PartnerEnvironment full = PartnerEnvironment.parse(stream(partnerFile(ChartFiles.render(
                ChartFiles.fullValues()))), "full");

        assertThat(defaults.tiers()).containsOnlyKeys("starter", "growth");
        assertThat(defaults.runtime().bridgeUrl()).isEqualTo("http://acme-xapp-bridge.xapp-acme.svc:8080");
        assertThat(defaults.runtime().inferenceUrl()).isEqualTo("http://acme-xapp-inference.xapp-acme.svc:8080");
        assertThat(full.partnerId()).isEqualTo(values.at("/partner/id").asText());
        assertThat(full.publicBaseUrl()).isEqualTo(values.at("/partner/publicBaseUrl").asText());
        assertThat(full.tiers().get("growth").replicas()).isEqualTo(values.at("/partner/tiers/growth/replicas")
                .asInt());
        assertThat(full.tiers().get("growth").resources().limits()).containsEntry("memory", "512Mi");
        assertThat(full.tiers().get("starter").rateLimits().perClientPerMinute()).isEqualTo(20);
        assertThat(full.runtime().image()).isEqualTo("registry.acme.example/xapp/runtime:1.4.2");
        assertThat(full.runtime().persistence().enabled()).isTrue();
        assertThat(full.runtime().persistence().storageClassName()).isEqualTo("gp3");
        assertThat(full.ingress().enabled()).isTrue();
        assertThat(full.ingress().host()).isEqualTo(values.at("/ingress/host").asText());
        assertThat(full.ingress().annotations()).containsKey("cert-manager.io/cluster-issuer")
                .as("the runtime's body limit").containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "32k");
        assertThat(defaults.ingress().annotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "32k");
        assertThat(full.crawl().cadence()).isEqualTo("12h");
        assertThat(full.crawl().userAgent()).isEqualTo(values.at("/partner/crawl/userAgent").asText());
        assertThat(full.qa().group()).isEqualTo(values.at("/qa/group").asText());
        assertThat(full.cancellation().retainFor()).isEqualTo("1h");
    }

    @Test
    void theBridgeReadsThePartnerFileAsRendered() throws IOException {
        JsonNode values = values();
        String defaultsFile = partnerFile(ChartFiles.render());
        BridgeConfig defaults = BridgeConfig.parse(defaultsFile.getBytes(StandardCharsets.UTF_8), "defaults");
        String fullFile = partnerFile(ChartFiles.render(ChartFiles.fullValues()));
        BridgeConfig full = BridgeConfig.parse(fullFile.getBytes(StandardCharsets.UTF_8), "full");

        assertThat(defaults.kubernetes().namespace()).isEqualTo(ChartFiles.NAMESPACE);
        assertThat(defaults.store().url()).startsWith("jdbc:h2:file:/var/lib/xapp-bridge/");
        assertThat(defaults.events().consumesQueue()).as("no queue configured: HTTPS intake only").isFalse();
        assertThat(defaults.kubernetes().writesPerSecond()).as("the chart's default is the bridge's own")
                .isEqualTo(BridgeConfig.KubernetesSettings.DEFAULT.writesPerSecond());

        assertThat(full.events().queueUrl()).isEqualTo(values.at("/events/queueUrl").asText());
        assertThat(full.events().dlqUrl()).isEqualTo(values.at("/events/dlqUrl").asText());
        assertThat(full.events().busName()).isEqualTo(values.at("/events/busName").asText());
        assertThat(full.events().consumers()).isEqualTo(4);
        assertThat(full.kubernetes().writesPerSecond()).as("bridge.writesPerSecond")
                .isEqualTo(values.at("/bridge/writesPerSecond").asInt());
        assertThat(full.webhook().secrets()).as("both secrets of a rotation").hasSize(2);
        assertThat(full.webhook().apiKeys()).hasSize(1);
        assertThat(full.partnerApi().leads().url()).isEqualTo(values.at("/partnerApi/leads/url").asText());
        assertThat(full.partnerApi().leads().mapping()).containsEntry("name", "contact.full_name")
                .containsEntry("sessionId", "");
        assertThat(full.partnerApi().bookings().auth().header()).isEqualTo("X-Partner-Key");
        assertThat(full.partnerApi().slots().auth().username()).isEqualTo("xapp");
        assertThat(full.partnerApi().slots().response().items()).isEqualTo("data.open");
        assertThat(full.store().url()).isEqualTo(values.at("/bridge/postgresql/url").asText());
        assertThat(full.store().password().file()).isEqualTo(PARTNER_SECRET_DIR + "bridge-db-password");
        assertThat(full.analytics().apiKeys()).singleElement()
                .satisfies(k -> assertThat(k.partnerId()).isEqualTo(values.at("/partner/id").asText()));
        assertThat(full.analytics().topQueries()).isEqualTo(20);
        assertThat(secretFilesNamedIn(fullFile)).as("every secret the bridge reads is a key of the partner Secret")
                .containsExactlyInAnyOrder("webhook-secret-current", "webhook-secret-previous",
                        "api-destination-key", "partner-api-token", "partner-api-key", "partner-api-password",
                        "bridge-db-password", "analytics-key");
    }

    @Test
    void permissionsAreTheLeastEachComponentNeeds() {
        Manifests chart = ChartFiles.render(ChartFiles.fullValues());

        assertThat(chart.ofKind("ClusterRole")).as("nothing cluster-wide").isEmpty();
        assertThat(chart.ofKind("ClusterRoleBinding")).isEmpty();
        assertThat(rules(chart, "acme-xapp-bridge")).as("the bridge: create, patch and watch Assistants, "
                + "read and patch their status; nothing else").containsExactlyInAnyOrder(
                rule("xapp.io", "assistants", "create", "get", "list", "patch", "watch"),
                rule("xapp.io", "assistants/status", "get", "patch"));
        assertThat(rules(chart, "acme-xapp-qa-reviewer")).as("QA reviewers read and annotate Assistants")
                .contains(rule("xapp.io", "assistants", "get", "list", "patch", "watch"));
        for (GenericKubernetesResource role : chart.ofKind("Role")) {
            assertThat(rules(chart, role.getMetadata().getName())).as("Role %s", role.getMetadata().getName())
                    .noneMatch(r -> r.contains("*"));
        }
        assertThat(chart.ofKind("RoleBinding")).as("the inference service gets no API rights")
                .noneMatch(b -> b.getMetadata().getName().contains("inference"));
        for (String name : List.of("acme-xapp-operator", "acme-xapp-bridge")) {
            RoleBinding binding = chart.get("RoleBinding", name, RoleBinding.class);
            assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
            assertThat(binding.getSubjects()).as("%s binds its own ServiceAccount, in the release namespace", name)
                    .singleElement().satisfies(s -> {
                        assertThat(s.getKind()).isEqualTo("ServiceAccount");
                        assertThat(s.getName()).isEqualTo(name);
                        assertThat(s.getNamespace()).isEqualTo(ChartFiles.NAMESPACE);
                    });
            Deployment d = chart.get("Deployment", name, Deployment.class);
            var pod = d.getSpec().getTemplate().getSpec();
            assertThat(pod.getServiceAccountName()).as("%s runs as its own ServiceAccount", name).isEqualTo(name);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            var container = container(d).getSecurityContext();
            assertThat(container.getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
        }
    }

    @Test
    void eachReleaseWorksInItsOwnNamespace() {
        Manifests a = ChartFiles.render("partner-a", "xapp-partner-a");
        Manifests b = ChartFiles.render("partner-b", "xapp-partner-b");

        for (var release : Map.of("xapp-partner-a", a, "xapp-partner-b", b).entrySet()) {
            String ns = release.getKey();
            Manifests chart = release.getValue();
            String operatorName = chart.ofKind("Deployment").stream().map(d -> d.getMetadata().getName())
                    .filter(n -> n.endsWith("-operator")).findFirst().orElseThrow();
            assertThat(env(chart.get("Deployment", operatorName, Deployment.class),
                    "QUARKUS_OPERATOR_SDK_NAMESPACES")).as("the operator of %s watches only it", ns).isEqualTo(ns);
            assertThat(BridgeConfig.parse(partnerFile(chart).getBytes(StandardCharsets.UTF_8), ns).kubernetes()
                    .namespace()).as("the bridge of %s writes and watches Assistants there", ns).isEqualTo(ns);
            ValidatingAdmissionPolicyBinding binding = chart.get("ValidatingAdmissionPolicyBinding",
                    "xapp-qa-annotations-" + ns, ValidatingAdmissionPolicyBinding.class);
            assertThat(binding.getSpec().getMatchResources().getNamespaceSelector().getMatchLabels())
                    .as("the QA policy of %s binds its own namespace only", ns)
                    .containsExactly(Map.entry("kubernetes.io/metadata.name", ns));
        }
        assertThat(clusterScopedNames(a)).as("cluster-scoped objects of two releases never collide")
                .doesNotContainAnyElementsOf(clusterScopedNames(b));
    }

    @Test
    void runtimesReachOnlyPublicSitesUnlessThePartnerNamesNetworks() throws IOException {
        PartnerEnvironment defaults = PartnerEnvironment.parse(stream(partnerFile(ChartFiles.render())), "d");
        assertThat(defaults.crawl().allowedNetworks()).as("default-deny").isEmpty();
        assertThat(runtimeEgressPeers(ChartFiles.render())).as("who runtimes may reach by default")
                .containsExactly("pods of the bridge", "pods of the inference", "0.0.0.0/0");

        Manifests full = ChartFiles.render(ChartFiles.fullValues());
        PartnerEnvironment env = PartnerEnvironment.parse(stream(partnerFile(full)), "full");
        assertThat(env.crawl().allowedNetworks()).containsExactly("10.96.200.200/32", "fd00:10::/64");
        assertThat(runtimeEgressPeers(full)).as("the networks the crawler may reach, and the extra rules")
                .containsExactly("pods of the bridge", "pods of the inference", "0.0.0.0/0", "10.96.200.200/32",
                        "fd00:10::/64", "namespace acme-test-sites");

        Path bare = ChartFiles.values("allowed-host", Map.of("partner", Map.of("crawl",
                Map.of("allowedNetworks", List.of("172.18.0.5")))));
        assertThat(runtimeEgressPeers(ChartFiles.render(bare))).as("a bare address is that one host")
                .contains("172.18.0.5/32");
    }

    /**
     * Every customer's runtime is scraped (which of them answer from keywords alone is in their metrics), its series
     * labelled with its Assistant and customer, and its NetworkPolicy admits the monitoring namespace beside the
     * ingress controller's.
     */
    @SuppressWarnings("unchecked")
    private static void assertRuntimesAreScraped(Manifests chart) {
        GenericKubernetesResource monitor = chart.ofKind("PodMonitor").stream().filter(m -> m.getMetadata().getName()
                .equals("acme-xapp-runtimes")).findFirst().orElseThrow(() -> new AssertionError("no PodMonitor "
                + "acme-xapp-runtimes in " + chart.summary()));
        Map<String, Object> spec = (Map<String, Object>) monitor.getAdditionalProperties().get("spec");
        assertThat((Map<String, Object>) ((Map<String, Object>) spec.get("selector")).get("matchLabels"))
                .containsEntry(XappMetadata.COMPONENT_LABEL, "runtime")
                .containsEntry(XappMetadata.PART_OF_LABEL, XappMetadata.PART_OF_VALUE);
        assertThat((List<String>) spec.get("podTargetLabels"))
                .containsExactly(XappMetadata.ASSISTANT_LABEL, XappMetadata.CUSTOMER_ID_LABEL);
        assertThat((List<Map<String, Object>>) spec.get("podMetricsEndpoints")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("port", "http")
                        .containsEntry("path", "/q/metrics"));

        NetworkPolicy policy = chart.get("NetworkPolicy", "acme-xapp-runtimes", NetworkPolicy.class);
        assertThat(policy.getSpec().getIngress()).flatExtracting(r -> r.getFrom())
                .extracting(peer -> peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
                .containsExactly("ingress-nginx", "monitoring");
    }

    /** The peers of the runtimes' egress rules: CIDRs, "namespace <name>", "pods of the <component>". */
    private static List<String> runtimeEgressPeers(Manifests chart) {
        NetworkPolicy policy = chart.get("NetworkPolicy", "acme-xapp-runtimes", NetworkPolicy.class);
        return policy.getSpec().getEgress().stream().filter(r -> r.getTo() != null)
                .flatMap(r -> r.getTo().stream())
                .map(peer -> peer.getIpBlock() != null ? peer.getIpBlock().getCidr()
                        : peer.getNamespaceSelector() != null ? "namespace " + peer.getNamespaceSelector()
                                .getMatchLabels().get("kubernetes.io/metadata.name")
                        : "pods of the " + peer.getPodSelector().getMatchLabels()
                                .get("app.kubernetes.io/component"))
                .toList();
    }

    @Test
    void runtimesCallTheBridgeServiceUnlessToldOtherwise() throws IOException {
        Path override = ChartFiles.values("bridge-url", Map.of("runtime", Map.of("bridgeUrl",
                "http://127.0.0.1:18090")));
        PartnerEnvironment env = PartnerEnvironment.parse(stream(partnerFile(ChartFiles.render(override))), "o");
        assertThat(env.runtime().bridgeUrl()).isEqualTo("http://127.0.0.1:18090");
    }

    static String partnerFile(Manifests chart) {
        String name = chart.ofKind("ConfigMap").stream().map(c -> c.getMetadata().getName())
                .filter(n -> n.endsWith("-partner")).findFirst()
                .orElseThrow(() -> new AssertionError("no partner ConfigMap in " + chart.summary()));
        return chart.get("ConfigMap", name, ConfigMap.class).getData().get("partner.yaml");
    }

    private static List<String> secretFilesNamedIn(String partnerFile) {
        Matcher m = SECRET_FILE.matcher(partnerFile);
        return Stream.iterate(m.find(), found -> found, found -> m.find()).map(found -> m.group(1)).distinct()
                .toList();
    }

    private static List<String> clusterScopedNames(Manifests chart) {
        return chart.all().stream().filter(o -> o.getMetadata().getNamespace() == null
                        && o.getKind().startsWith("ValidatingAdmissionPolicy"))
                .map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
    }

    /** Each rule of a Role as "group resource verb,verb" with sorted verbs, per resource. */
    @SuppressWarnings("unchecked")
    private static List<String> rules(Manifests chart, String role) {
        GenericKubernetesResource r = chart.ofKind("Role").stream()
                .filter(x -> x.getMetadata().getName().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no Role " + role + " in " + chart.summary()));
        List<Map<String, List<String>>> rules = (List<Map<String, List<String>>>) r.getAdditionalProperties()
                .get("rules");
        return rules.stream().flatMap(rule -> rule.get("apiGroups").stream().flatMap(g -> rule.get("resources")
                .stream().map(res -> rule(g, res, rule.get("verbs").toArray(String[]::new))))).toList();
    }

    private static String rule(String group, String resource, String... verbs) {
        return group + " " + resource + " " + String.join(",", Stream.of(verbs).sorted().toList());
    }

    private static Container container(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static String env(Deployment d, String name) {
        return container(d).getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(d.getMetadata().getName() + " has no env " + name));
    }

    private static JsonNode values() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ChartFiles.fullValues().toFile());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
