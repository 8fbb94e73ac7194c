package io.xapp.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.platform.Component;
import io.xapp.testing.platform.LocalRelease;
import io.xapp.testing.platform.LocalStandIn;
import io.xapp.testing.platform.partner.QaReview;
import io.xapp.testing.platform.tools.YamlFiles;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two partners, two releases, two namespaces, one cluster (real {@code helm install} on the local control plane):
 * the CRDs are installed once, each operator works in its own namespace only, each release has its own QA policy,
 * and uninstalling one leaves the other working. The operators run as processes (pod stand-in); runtimes need not
 * run here, since kwok reports their Pods ready and that is all the operator waits for (the pre-review checks,
 * which would ask the runtimes, are off).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReleasesTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String ASSISTANTS_CRD = "assistants.xapp.io";

    private static KubeCluster cluster;
    private static StaticSite site;
    private static LocalRelease alpha;
    private static LocalRelease beta;
    private static LocalStandIn operators;
    private static String crdVersionBeforeTheSecondInstall;

    @BeforeAll
    static void installTwoReleases() {
        cluster = KubeCluster.get();
        site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
        alpha = LocalRelease.install(cluster, "alpha", "two-releases-a-" + SUFFIX, values("PARTNER-ALPHA"));
        crdVersionBeforeTheSecondInstall = crd().getMetadata().getResourceVersion();
        beta = LocalRelease.install(cluster, "beta", "two-releases-b-" + SUFFIX, values("PARTNER-BETA"));
        operators = LocalStandIn.start(cluster.kubeconfig(), List.of(alpha.namespace(), beta.namespace()),
                YamlFiles.workDir("two-releases-" + SUFFIX), EnumSet.of(Component.OPERATOR), Map.of(), 0);
    }

    @AfterAll
    static void removeThem() {
        for (LocalRelease release : new LocalRelease[] {alpha, beta}) {
            if (release != null) {
                release.deleteAssistants();
            }
        }
        if (operators != null) {
            operators.close();
        }
        for (LocalRelease release : new LocalRelease[] {alpha, beta}) {
            if (release != null) {
                release.close();
            }
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    @Order(1)
    void bothInstallAndShareTheCrdsInstalledOnce() {
        assertThat(crd().getMetadata().getResourceVersion())
                .as("the second release left the CRD as it was (helm installs crds/ only when missing)")
                .isEqualTo(crdVersionBeforeTheSecondInstall);
        for (LocalRelease release : List.of(alpha, beta)) {
            assertThat(cluster.client().apps().deployments().inNamespace(release.namespace())
                    .withName(release.deployment("operator")).get().getSpec().getTemplate().getSpec()
                    .getContainers().get(0).getEnv()).as("the operator of %s watches its namespace only", release.name())
                    .anySatisfy(e -> {
                        assertThat(e.getName()).isEqualTo("QUARKUS_OPERATOR_SDK_NAMESPACES");
                        assertThat(e.getValue()).isEqualTo(release.namespace());
                    });
            await("the operator of " + release.name() + " holds the leader Lease of its own namespace")
                    .atMost(Duration.ofMinutes(3)).ignoreExceptions().until(() -> leaseHolder(release) != null);
        }
    }

    @Test
    @Order(2)
    void eachOperatorReconcilesOnlyTheAssistantsOfItsOwnNamespace() {
        scaleOperator(beta, 0);
        await("beta's operator process stopped").atMost(Duration.ofMinutes(1))
                .until(() -> operators.running().stream().noneMatch(p -> p.startsWith(beta.namespace() + "/")));
        createAssistant(beta, "beta-customer");
        createAssistant(alpha, "alpha-customer");

        awaitPhase(alpha, "alpha-customer", Phase.AwaitingQA);
        Assistant untouched = assistant(beta, "beta-customer");
        assertThat(untouched.getMetadata().getManagedFields()).as("alpha's operator, running all along, left "
                + "beta's Assistant alone; it was written by %s", writers(untouched))
                .allSatisfy(f -> assertThat(f.getSubresource()).as("a status write").isNotEqualTo("status"));
        assertThat(untouched.getMetadata().getFinalizers()).as("no operator added its finalizer").isEmpty();

        scaleOperator(beta, 1);
        awaitPhase(beta, "beta-customer", Phase.AwaitingQA);
    }

    @Test
    @Order(3)
    void eachReleaseLetsOnlyTheQaGroupApprove() {
        for (LocalRelease release : List.of(alpha, beta)) {
            QaReview.grantAssistantEditing(cluster.client(), release.namespace(), "dev-bob");
        }
        assertRefusedToDevBob(alpha, "alpha-customer");
        assertRefusedToDevBob(beta, "beta-customer");

        approveAsQaAlice(alpha, "alpha-customer");
        awaitPhase(alpha, "alpha-customer", Phase.Ready);
    }

    @Test
    @Order(4)
    void uninstallingOneReleaseLeavesTheOtherWorking() {
        alpha.deleteAssistants();
        assertThat(alpha.uninstall().ok()).as("helm uninstall alpha").isTrue();

        assertThat(cluster.client().apiextensions().v1().customResourceDefinitions().withName(ASSISTANTS_CRD).get())
                .as("the CRDs stay for the other release").isNotNull();
        assertRefusedToDevBob(beta, "beta-customer");
        approveAsQaAlice(beta, "beta-customer");
        awaitPhase(beta, "beta-customer", Phase.Ready);
    }

    /** No runtime runs here, so no pre-review check could: they are off, and approvals stand on their own. */
    private static Map<String, Object> values(String partnerId) {
        return Map.of("partner", Map.of("id", partnerId, "publicBaseUrl", "https://assist." + partnerId
                .toLowerCase() + ".example"), "qa", Map.of("checks", false));
    }

    private static CustomResourceDefinition crd() {
        return cluster.client().apiextensions().v1().customResourceDefinitions().withName(ASSISTANTS_CRD).get();
    }

    private static String leaseHolder(LocalRelease release) {
        Lease lease = cluster.client().leases().inNamespace(release.namespace()).withName("xapp-operator").get();
        return lease == null ? null : lease.getSpec().getHolderIdentity();
    }

    private static void scaleOperator(LocalRelease release, int replicas) {
        cluster.client().apps().deployments().inNamespace(release.namespace()).withName(release.deployment("operator"))
                .scale(replicas);
    }

    private void createAssistant(LocalRelease release, String name) {
        Assistant a = new Assistant();
        a.getMetadata().setName(name);
        a.getMetadata().setNamespace(release.namespace());
        AssistantSpec spec = new AssistantSpec();
        spec.setCustomerId(name);
        spec.setCompanyName("Brightside Family Dental");
        spec.setWebsite(site.baseUri().toString());
        spec.setTier("starter");
        spec.setContractLengthMonths(1);
        spec.setTemplate("local-business");
        a.setSpec(spec);
        cluster.client().resource(a).create();
    }

    /** Who wrote the object (field managers and the operations), for failure messages. */
    private static List<String> writers(Assistant a) {
        return a.getMetadata().getManagedFields().stream().map(f -> f.getManager() + " " + f.getOperation() + " "
                + f.getSubresource()).toList();
    }

    private static Assistant assistant(LocalRelease release, String name) {
        return cluster.client().resources(Assistant.class).inNamespace(release.namespace()).withName(name).get();
    }

    private static void awaitPhase(LocalRelease release, String name, Phase phase) {
        await("Assistant " + name + " of release " + release.name() + " in " + phase).atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    Assistant a = assistant(release, name);
                    return a != null && a.getStatus() != null && a.getStatus().getPhase() == phase;
                });
    }

    private static void assertRefusedToDevBob(LocalRelease release, String name) {
        String revision = assistant(release, name).getStatus().getQa().getRevision();
        try (KubernetesClient bob = cluster.clientForUser(KubeCluster.DEV_USER, release.namespace())) {
            assertThatThrownBy(() -> QaReview.approve(bob, release.namespace(), name, revision))
                    .as("dev-bob approves in release %s", release.name())
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode())
                            .isEqualTo(403))
                    .hasMessageContaining(QaReview.REFUSAL);
        }
    }

    private static void approveAsQaAlice(LocalRelease release, String name) {
        String revision = assistant(release, name).getStatus().getQa().getRevision();
        try (KubernetesClient alice = cluster.clientForUser(KubeCluster.QA_USER, release.namespace())) {
            QaReview.approve(alice, release.namespace(), name, revision);
        }
    }
}
