package io.xapp.operator.assistant;

import static io.xapp.operator.testing.Assistants.assistant;
import static io.xapp.operator.testing.Assistants.awaitPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.LocalOperator;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two partner environments (two releases), one namespace each, each with its own operator and configuration: the
 * same customer in both is two independent Assistants.
 */
@LocalCluster
class NamespaceIsolationTest {

    TestNamespace namespace;
    KubernetesClient clientA;
    KubernetesClient clientB;
    String namespaceB;

    @BeforeEach
    void secondNamespace() {
        namespaceB = namespace.name() + "-b";
        namespace.cluster().client().namespaces().resource(new NamespaceBuilder().withNewMetadata()
                .withName(namespaceB).addToLabels(TestNamespace.LABEL, "true").endMetadata().build()).create();
        clientA = namespace.client();
        clientB = namespace.cluster().newClient(namespaceB);
    }

    @AfterEach
    void removeSecondNamespace() {
        TestNamespace.delete(namespace.cluster().client(), namespaceB);
        clientB.close();
    }

    @Test
    void twoReleasesInTwoNamespacesDoNotInterfere(@TempDir Path dir) {
        Path partnerA = new PartnerConfig().publicBaseUrl("https://assist.partner-a.example")
                .write(dir.resolve("a.yaml"));
        Path partnerB = new PartnerConfig().publicBaseUrl("https://assist.partner-b.example")
                .write(dir.resolve("b.yaml"));
        clientA.resource(Assistants.template(Assistants.TEMPLATE)).create();
        clientB.resource(Assistants.template(Assistants.TEMPLATE)).create();
        try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
                LocalOperator operatorA = LocalOperator.start(namespace.cluster(), namespace.name(), partnerA)) {
            String name = clientA.resource(assistant("shared-customer", site.baseUri().toString(), "basic")).create()
                    .getMetadata().getName();
            clientB.resource(assistant("shared-customer", site.baseUri().toString(), "basic")).create();

            Assistant a = awaitPhase(clientA, name, Phase.AwaitingQA);
            assertThat(a.getStatus().getRuntime().getUrl()).startsWith("https://assist.partner-a.example/");
            Assistant untouched = Assistants.get(clientB, name);
            assertThat(untouched.getStatus() == null ? null : untouched.getStatus().getPhase()).isNull();
            assertThat(untouched.getMetadata().getFinalizers()).isEmpty();
            assertThat(clientB.apps().deployments().withName(name).get()).isNull();

            try (LocalOperator operatorB = LocalOperator.start(namespace.cluster(), namespaceB, partnerB)) {
                Assistant b = awaitPhase(clientB, name, Phase.AwaitingQA);
                assertThat(b.getStatus().getRuntime().getUrl()).startsWith("https://assist.partner-b.example/");

                Assistants.edit(clientA, name, x -> {
                    x.getSpec().setCancellation(new CancellationSpec("2020-01-01T00:00:00Z"));
                    return x;
                });
                await("A's assistant is gone").atMost(Assistants.TIMEOUT)
                        .until(() -> Assistants.get(clientA, name) == null);

                assertThat(Assistants.get(clientB, name).getStatus().getPhase()).isEqualTo(Phase.AwaitingQA);
                assertThat(clientB.apps().deployments().withName(name).get()).isNotNull();
                assertThat(clientB.secrets().withName(name).get()).isNotNull();
            }
        }
    }
}
