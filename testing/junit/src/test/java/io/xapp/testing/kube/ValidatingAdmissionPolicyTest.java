package io.xapp.testing.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBindingBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ValidatingAdmissionPolicy (admissionregistration.k8s.io/v1) and its binding,
 * in the shape the platform uses them: only the QA group may set the QA
 * annotation, and objects must satisfy a CEL rule. Scoped to this class's namespace.
 */
@LocalCluster
class ValidatingAdmissionPolicyTest {

    private static final String QA_ANNOTATION = "xapp.io/qa";
    private static final String QA_MESSAGE = "only members of xapp:qa may set the xapp.io/qa annotation";
    private static final String OWNER_MESSAGE = "a ConfigMap here must name its owner in data.owner";

    KubernetesClient client;
    TestNamespace namespace;

    static String policyName(TestNamespace namespace) {
        return namespace.name() + "-policy";
    }

    @BeforeAll
    static void installPolicy(KubeCluster cluster, TestNamespace namespace) {
        KubernetesClient admin = cluster.client();
        String name = policyName(namespace);
        admin.admissionRegistration().v1().validatingAdmissionPolicies().resource(new ValidatingAdmissionPolicyBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec()
                .withFailurePolicy("Fail")
                .withNewMatchConstraints()
                .withNewNamespaceSelector().addToMatchLabels("kubernetes.io/metadata.name", namespace.name())
                .endNamespaceSelector()
                .addNewResourceRule()
                .withApiGroups("").withApiVersions("v1").withOperations("CREATE", "UPDATE").withResources("configmaps")
                .endResourceRule()
                .endMatchConstraints()
                .addNewValidation()
                .withExpression("!has(object.metadata.annotations) || !('" + QA_ANNOTATION
                        + "' in object.metadata.annotations) || request.userInfo.groups.exists(g, g == 'xapp:qa')")
                .withMessage(QA_MESSAGE)
                .withReason("Forbidden")
                .endValidation()
                .addNewValidation()
                .withExpression("has(object.data) && 'owner' in object.data")
                .withMessage(OWNER_MESSAGE)
                .endValidation()
                .endSpec()
                .build()).create();
        admin.admissionRegistration().v1().validatingAdmissionPolicyBindings().resource(
                new ValidatingAdmissionPolicyBindingBuilder()
                        .withNewMetadata().withName(name).endMetadata()
                        .withNewSpec()
                        .withPolicyName(name)
                        .withValidationActions("Deny")
                        .endSpec()
                        .build()).create();
        // The demo users may edit objects in this namespace; admission decides the rest.
        admin.rbac().roleBindings().inNamespace(namespace.name()).resource(new RoleBindingBuilder()
                .withNewMetadata().withName("editors").endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole").withName("edit")
                .endRoleRef()
                .addNewSubject().withApiGroup("rbac.authorization.k8s.io").withKind("User")
                .withName(KubeCluster.DEV_USER).endSubject()
                .addNewSubject().withApiGroup("rbac.authorization.k8s.io").withKind("Group")
                .withName(KubeCluster.QA_GROUP).endSubject()
                .build()).create();

        // Policies take effect asynchronously (compiled and picked up by the API
        // server's informers): wait until a dry-run of a violating object is denied.
        try (KubernetesClient inNamespace = cluster.newClient(namespace.name())) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
                try {
                    inNamespace.configMaps().resource(configMap("probe", Map.of(), Map.of())).dryRun().create();
                    return false;
                } catch (KubernetesClientException e) {
                    return e.getMessage().contains(OWNER_MESSAGE);
                }
            });
        }
    }

    @AfterAll
    static void removePolicy(KubeCluster cluster, TestNamespace namespace) {
        String name = policyName(namespace);
        cluster.client().admissionRegistration().v1().validatingAdmissionPolicyBindings().withName(name).delete();
        cluster.client().admissionRegistration().v1().validatingAdmissionPolicies().withName(name).delete();
    }

    static ConfigMap configMap(String name, Map<String, String> annotations, Map<String, String> data) {
        return new ConfigMapBuilder()
                .withNewMetadata().withName(name).withAnnotations(annotations).endMetadata()
                .withData(data)
                .build();
    }

    @Test
    void deniesAnObjectThatBreaksTheRuleAndAllowsOneThatKeepsIt() {
        assertThatThrownBy(() -> client.configMaps().resource(configMap("ownerless", Map.of(), Map.of())).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
                .hasMessageContaining(OWNER_MESSAGE);
        assertThat(client.configMaps().withName("ownerless").get()).isNull();

        client.configMaps().resource(configMap("owned", Map.of(), Map.of("owner", "team-a"))).create();
        assertThat(client.configMaps().withName("owned").get()).isNotNull();
    }

    @Test
    void deniesTheQaAnnotationToAUserOutsideTheQaGroup() {
        // dev-bob authenticates with his own token (not impersonation).
        try (KubernetesClient bob = namespace.clientForUser(KubeCluster.DEV_USER)) {
            assertThatThrownBy(() -> bob.configMaps().resource(
                    configMap("bob-approves", Map.of(QA_ANNOTATION, "approved"), Map.of("owner", "bob"))).create())
                    .isInstanceOfSatisfying(KubernetesClientException.class,
                            e -> assertThat(e.getCode()).isEqualTo(403))
                    .hasMessageContaining(QA_MESSAGE);
            // Without the annotation, bob may create it.
            bob.configMaps().resource(configMap("bob-plain", Map.of(), Map.of("owner", "bob"))).create();
        }
        assertThat(client.configMaps().withName("bob-approves").get()).isNull();
        assertThat(client.configMaps().withName("bob-plain").get()).isNotNull();
    }

    @Test
    void allowsTheQaAnnotationToTheQaGroup() {
        // Impersonation (admin acting as qa-alice in xapp:qa), as QA-group tests elsewhere do it.
        try (KubernetesClient alice = namespace.impersonating(KubeCluster.QA_USER, KubeCluster.QA_GROUP)) {
            alice.configMaps().resource(
                    configMap("alice-approves", Map.of(QA_ANNOTATION, "approved"), Map.of("owner", "alice"))).create();
        }
        // And with her own token.
        try (KubernetesClient alice = namespace.clientForUser(KubeCluster.QA_USER)) {
            alice.configMaps().resource(
                    configMap("alice-approves-too", Map.of(QA_ANNOTATION, "approved"), Map.of("owner", "alice")))
                    .create();
        }
        assertThat(client.configMaps().withName("alice-approves").get().getMetadata().getAnnotations())
                .containsEntry(QA_ANNOTATION, "approved");
        assertThat(client.configMaps().withName("alice-approves-too").get()).isNotNull();
    }
}
