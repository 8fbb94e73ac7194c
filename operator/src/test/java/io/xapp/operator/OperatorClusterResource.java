package io.xapp.operator;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.xapp.operator.testing.Crds;
import io.xapp.operator.testing.LocalOperator;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points the Quarkus application under test at the local cluster before it starts: its kubeconfig, a fresh
 * namespace to watch (and hold its leader-election Lease), the CRDs, a partner file and the fixture site.
 */
public class OperatorClusterResource implements QuarkusTestResourceLifecycleManager {

    public static final String SITE_URL_PROPERTY = "xapp.test.site-url";

    private KubeCluster cluster;
    private String namespace;
    private StaticSite site;

    @Override
    public Map<String, String> start() {
        cluster = KubeCluster.get();
        Crds.ensureApplied(cluster);
        namespace = "operator-app-" + Long.toString(System.nanoTime(), 36);
        cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .addToLabels(TestNamespace.LABEL, "true").endMetadata().build()).create();
        site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
        try {
            Path dir = Files.createTempDirectory("operator-app");
            Path partner = new PartnerConfig().write(dir.resolve("partner.yaml"));
            // The application's fabric8 client configures itself from this kubeconfig.
            System.setProperty("kubeconfig", cluster.kubeconfig().toString());
            return Map.of(
                    "quarkus.operator-sdk.namespaces", namespace,
                    "xapp.partner-config", partner.toString(),
                    "xapp.assistant-token-key", LocalOperator.TOKEN_KEY,
                    SITE_URL_PROPERTY, site.baseUri().toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the partner file", e);
        }
    }

    @Override
    public void stop() {
        if (site != null) {
            site.close();
        }
        if (namespace != null) {
            TestNamespace.delete(cluster.client(), namespace);
        }
    }
}
