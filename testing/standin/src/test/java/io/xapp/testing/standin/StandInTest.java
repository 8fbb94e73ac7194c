package io.xapp.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@LocalCluster
class StandInTest {

    private static int counter;
    private String name;
    private final HttpClient http = HttpClient.newHttpClient();

    KubernetesClient client;
    TestNamespace namespace;
    KubeCluster cluster;

    @TempDir
    Path work;

    private StandIn standIn;
    private int routerPort;

    @BeforeEach
    void start() throws IOException {
        name = "probe-" + (++counter);
        routerPort = freePort();
        Path probe = Path.of("src/test/resources/probe.sh").toAbsolutePath();
        standIn = StandIn.start(new StandInOptions(cluster.kubeconfig(), List.of(namespace.name()), work,
                Map.of("example.test/probe", List.of(probe.toString())), Map.of(), routerPort));
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void runsADeploymentWithItsMountsEnvironmentAndServiceAccount() throws Exception {
        client.serviceAccounts().resource(new ServiceAccountBuilder().withNewMetadata().withName(name + "-sa")
                .endMetadata().build()).create();
        config("settings: /etc/app/secrets/token\n");
        client.secrets().resource(new SecretBuilder().withNewMetadata().withName(name + "-secret").endMetadata()
                .withStringData(Map.of("token", "s3cret")).build()).create();
        client.apps().deployments().resource(deployment()).create();

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(get("/" + name + "/config")).startsWith("settings: " + work));
        String secretDir = get("/" + name + "/secret-dir");
        assertThat(Path.of(secretDir).resolve("token")).hasContent("s3cret");
        assertThat(get("/" + name + "/config").trim()).isEqualTo("settings: " + secretDir + "/token");

        // The process authenticates as its ServiceAccount, which may not read Secrets: RBAC applies.
        Path kubeconfig = Path.of(get("/" + name + "/kubeconfig-path"));
        try (KubernetesClient asPod = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig))).build()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> asPod.secrets().list())
                    .isInstanceOf(KubernetesClientException.class)
                    .hasMessageContaining("system:serviceaccount:" + namespace.name() + ":" + name + "-sa");
        }
    }

    @Test
    void refreshesAMountedConfigMapInPlaceRestartsOnANewPodTemplateAndStopsWhenTheDeploymentGoes()
            throws Exception {
        client.serviceAccounts().resource(new ServiceAccountBuilder().withNewMetadata().withName(name + "-sa")
                .endMetadata().build()).create();
        client.secrets().resource(new SecretBuilder().withNewMetadata().withName(name + "-secret").endMetadata()
                .withStringData(Map.of("token", "x")).build()).create();
        config("version: 1\n");
        client.apps().deployments().resource(deployment()).create();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> get("/" + name + "/config").contains("version: 1"));
        String pid = get("/" + name + "/pid");

        // As the kubelet does: the running Pod sees the new file, and is not restarted for it.
        config("version: 2\n");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> get("/" + name + "/config").contains("version: 2"));
        assertThat(get("/" + name + "/pid")).as("the same process").isEqualTo(pid);

        // A new pod template is a new Pod.
        client.apps().deployments().withName(name).edit(d -> {
            d.getSpec().getTemplate().getMetadata().getAnnotations().put("restarted-at", "now");
            return d;
        });
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> !get("/" + name + "/pid").equals(pid));

        client.apps().deployments().withName(name).delete();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> !standIn.processes().running().contains(namespace.name() + "/" + name));
        assertThat(status("/" + name + "/config")).isEqualTo(502);
    }

    private void config(String content) {
        client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName(name + "-config")
                .endMetadata().withData(Map.of("app.yaml", content)).build()).serverSideApply();
    }

    private Deployment deployment() {
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).addToLabels("app.kubernetes.io/part-of", "xapp").endMetadata()
                .withNewSpec().withReplicas(1)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).addToAnnotations("created", "now")
                .endMetadata()
                .withNewSpec().withServiceAccountName(name + "-sa")
                .addNewContainer().withName("probe").withImage("example.test/probe:1.0")
                .addNewEnv().withName("PROBE_NAME").withValue(name).endEnv()
                .addNewEnv().withName("APP_CONFIG").withValue("/etc/app/config/app.yaml").endEnv()
                .addNewEnv().withName("SECRET_DIR").withValue("/etc/app/secrets").endEnv()
                .addNewVolumeMount().withName("config").withMountPath("/etc/app/config").endVolumeMount()
                .addNewVolumeMount().withName("secrets").withMountPath("/etc/app/secrets").endVolumeMount()
                .endContainer()
                .addNewVolume().withName("config").withNewConfigMap().withName(name + "-config").endConfigMap()
                .endVolume()
                .addNewVolume().withName("secrets").withNewSecret().withSecretName(name + "-secret").endSecret()
                .endVolume()
                .endSpec().endTemplate().endSpec().build();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + routerPort + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + routerPort + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
