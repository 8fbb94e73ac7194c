package io.xapp.testing.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.authentication.SelfSubjectReview;
import io.fabric8.kubernetes.api.model.authentication.UserInfo;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

/** The extension itself: injection, the per-class namespace, users and the kubeconfig helper. */
@LocalCluster
class LocalClusterExtensionTest {

    KubernetesClient client;
    TestNamespace namespace;
    KubeCluster cluster;

    @Test
    void injectsAClientDefaultingToAFreshLabelledNamespace() {
        assertThat(client.getNamespace()).isEqualTo(namespace.name());
        assertThat(namespace.name()).startsWith("localclusterextensiontest-");
        assertThat(client.namespaces().withName(namespace.name()).get().getMetadata().getLabels())
                .containsEntry(TestNamespace.LABEL, "true");

        client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("hello").endMetadata()
                .addToData("k", "v").build()).create();
        assertThat(cluster.client().configMaps().inNamespace(namespace.name()).withName("hello").get()).isNotNull();
    }

    @Test
    void resolvesParametersToTheSameObjects(KubernetesClient c, TestNamespace ns, KubeCluster k) {
        assertThat(c).isSameAs(client);
        assertThat(ns).isSameAs(namespace);
        assertThat(k).isSameAs(cluster);
    }

    @Test
    void kubeconfigPathPointsAtTheRunningCluster() {
        assertThat(KubeCluster.kubeconfigPath()).isEqualTo(cluster.kubeconfig());
        assertThat(Files.isRegularFile(KubeCluster.kubeconfigPath())).isTrue();
        assertThat(cluster.apiServerUrl()).startsWith("https://127.0.0.1:");
        assertThat(client.getKubernetesVersion().getGitVersion()).startsWith("v1.34.");
    }

    @Test
    void impersonatesAUserWithGroups() {
        try (KubernetesClient qa = namespace.impersonating("someone", KubeCluster.QA_GROUP)) {
            UserInfo user = whoAmI(qa);
            assertThat(user.getUsername()).isEqualTo("someone");
            assertThat(user.getGroups()).contains(KubeCluster.QA_GROUP);
        }
    }

    @Test
    void authenticatesTheTokenUsers() {
        try (KubernetesClient alice = namespace.clientForUser(KubeCluster.QA_USER);
                KubernetesClient bob = namespace.clientForUser(KubeCluster.DEV_USER)) {
            assertThat(whoAmI(alice).getUsername()).isEqualTo("qa-alice");
            assertThat(whoAmI(alice).getGroups()).contains(KubeCluster.QA_GROUP);
            assertThat(whoAmI(bob).getUsername()).isEqualTo("dev-bob");
            assertThat(whoAmI(bob).getGroups()).doesNotContain(KubeCluster.QA_GROUP);
        }
    }

    private static UserInfo whoAmI(KubernetesClient client) {
        return client.authentication().v1().selfSubjectReviews().create(new SelfSubjectReview())
                .getStatus().getUserInfo();
    }
}
