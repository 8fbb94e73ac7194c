package io.xapp.bridge.http;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.Crds;
import io.xapp.testing.support.Moto;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.testing.kube.KubeCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives the Quarkus app under test what a deployment gives it: the local cluster (through its kubeconfig), a fresh
 * namespace with the CRDs, moto, a partner environment file and the assistant-token key file.
 */
public class BridgeTestResource implements QuarkusTestResourceLifecycleManager {

    static String namespace;
    static int partnerPort;

    private KubeCluster cluster;

    @Override
    public Map<String, String> start() {
        cluster = KubeCluster.get();
        Crds.apply(cluster.client(), TestConfig.FIELD_MANAGER);
        namespace = "bridge-http-" + Long.toString(System.nanoTime(), 36);
        cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .addToLabels("xapp.io/test-namespace", "true").endMetadata().build()).create();
        Moto moto = Moto.get();
        // The Quarkus Kubernetes client configures itself like fabric8: this names the local cluster's kubeconfig.
        System.setProperty("kubeconfig", cluster.kubeconfig().toString());
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            partnerPort = s.getLocalPort(); // nothing listens here: the partner's API is down
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        TestConfig config = TestConfig.create("http").namespace(namespace).bus(moto.url(), "no-bus-in-this-test")
                .partnerApi("  leads:\n    url: http://127.0.0.1:" + partnerPort + "/leads\n");
        try {
            Path file = config.dir().resolve("partner.yaml");
            Files.writeString(file, config.yaml());
            Path key = config.dir().resolve("assistant-token-key");
            Files.writeString(key, TestConfig.TOKEN_KEY + "\n");
            return Map.of("xapp.partner-config", file.toString(), "xapp.assistant-token-key-file", key.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (cluster != null && namespace != null) {
            TestNamespace.delete(cluster.client(), namespace);
        }
    }
}
