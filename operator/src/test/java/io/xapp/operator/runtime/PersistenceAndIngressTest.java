package io.xapp.operator.runtime;

import static io.xapp.operator.testing.Assistants.approve;
import static io.xapp.operator.testing.Assistants.assistant;
import static io.xapp.operator.testing.Assistants.awaitPhase;
import static io.xapp.operator.testing.Assistants.awaitUntil;
import static io.xapp.operator.testing.Assistants.condition;
import static io.xapp.operator.testing.Assistants.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.OperatorHarness;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.operator.testing.Volumes;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.LabelledResources;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A partner environment with an index volume and an Ingress per runtime. The Pod waits until its claim binds, which
 * shows an approval given before the runtime is ready; teardown removes the claim and the Ingress too.
 */
@LocalCluster
class PersistenceAndIngressTest {

    @RegisterExtension
    static final OperatorHarness harness = OperatorHarness.with(namespace -> new PartnerConfig()
            .persistence(storageClass(namespace)).ingress("assist.test.example"));

    KubernetesClient client;
    TestNamespace namespace;

    @AfterAll
    static void removeVolume(TestNamespace namespace) {
        Volumes.remove(namespace.cluster().client(), storageClass(namespace));
    }

    private static String storageClass(TestNamespace namespace) {
        return "xapp-" + namespace.name();
    }

    @Test
    void anApprovalGivenBeforeTheRuntimeIsReadyPublishesOnceItIs() {
        String name = client.resource(assistant("early-approval", harness.siteUrl(), "basic")).create()
                .getMetadata().getName();
        Assistant provisioning = awaitUntil(client, name, "Provisioning with RuntimeAvailable=False",
                hasCondition("RuntimeAvailable", "False", "RollingOut")
                        .and(a -> a.getStatus().getPhase() == Phase.Provisioning));
        PersistentVolumeClaim claim = client.persistentVolumeClaims().withName(name).get();
        assertThat(claim.getSpec().getStorageClassName()).isEqualTo(storageClass(namespace));
        assertThat(claim.getMetadata().getLabels()).containsEntry(XappMetadata.ASSISTANT_LABEL, name);
        assertThat(client.apps().deployments().withName(name).get().getSpec().getTemplate().getSpec().getVolumes())
                .filteredOn(v -> v.getPersistentVolumeClaim() != null)
                .singleElement()
                .satisfies(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo(name));
        Ingress ingress = client.network().v1().ingresses().withName(name).get();
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).singleElement()
                .satisfies(tls -> assertThat(tls.getSecretName()).isEqualTo("assist-tls"));
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("assist.test.example");
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                assertThat(path.getPath()).isEqualTo("/" + name + "/");
                assertThat(path.getPathType()).isEqualTo("Prefix");
                assertThat(path.getBackend().getService().getName()).isEqualTo(name);
            });
        });
        assertThat(ingress.getMetadata().getLabels()).containsEntry(XappMetadata.ASSISTANT_LABEL, name);
        String revision = provisioning.getStatus().getQa().getRevision();

        approve(client, name);
        Assistant approved = awaitUntil(client, name, "QAApproved=True while provisioning",
                hasCondition("QAApproved", "True", "Approved"));
        assertThat(approved.getStatus().getPhase()).isEqualTo(Phase.Provisioning);
        assertThat(approved.getStatus().getQa().getState()).isEqualTo(QaStatus.State.Approved);
        assertThat(approved.getStatus().getQa().getApprovedRevision()).isEqualTo(revision);
        assertThat(approved.getStatus().getInstall()).isNull();

        Volumes.offer(namespace.cluster().client(), storageClass(namespace), storageClass(namespace));

        Assistant ready = awaitPhase(client, name, Phase.Ready);
        assertThat(ready.getStatus().getInstall().getRevision()).isEqualTo(revision);
        assertThat(condition(ready, "RuntimeAvailable").orElseThrow().getStatus()).isEqualTo("True");

        Assistants.edit(client, name, a -> {
            a.getSpec().setCancellation(new CancellationSpec("2021-06-01T00:00:00Z"));
            return a;
        });
        await("the Assistant is torn down and gone").atMost(Assistants.TIMEOUT)
                .until(() -> Assistants.get(client, name) == null);
        assertThat(LabelledResources.find(client, namespace.name(),
                Map.of(XappMetadata.CUSTOMER_ID_LABEL, CustomerNames.labelValue("early-approval")))).isEmpty();
        assertThat(client.persistentVolumeClaims().withName(name).get()).isNull();
        assertThat(client.network().v1().ingresses().withName(name).get()).isNull();
    }
}
