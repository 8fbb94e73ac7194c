package io.xapp.operator.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.Crds;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ValidatingAdmissionPolicy of operator/src/main/kubernetes on the real API server: a QA reviewer may set,
 * change and remove the xapp.io/qa* annotations; anyone else, even with edit rights on Assistants, may not, but
 * may change everything else.
 */
@LocalCluster
class QaAdmissionPolicyTest {

    static final String QA_GROUP = KubeCluster.QA_GROUP;
    static List<HasMetadata> installed;

    KubernetesClient client;
    TestNamespace namespace;

    @BeforeAll
    static void install(TestNamespace namespace) throws IOException {
        KubernetesClient admin = namespace.cluster().client();
        Crds.ensureApplied(namespace.cluster());
        // The YAML as the chart renders it for a release in this namespace.
        String yaml = Files.readString(Path.of("src/main/kubernetes/qa-admission-policy.yaml"))
                .replace("${RELEASE_NAMESPACE}", namespace.name())
                .replace("${QA_GROUP}", QA_GROUP);
        installed = admin.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).items();
        installed.forEach(r -> admin.resource(r).create());

        admin.resource(new RoleBuilder().withNewMetadata().withName("assistant-editor")
                .withNamespace(namespace.name()).endMetadata()
                .addNewRule().withApiGroups("xapp.io").withResources("assistants")
                .withVerbs("get", "list", "watch", "create", "update", "patch", "delete").endRule().build()).create();
        admin.resource(new RoleBindingBuilder().withNewMetadata().withName("assistant-editors")
                .withNamespace(namespace.name()).endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role")
                .withName("assistant-editor").endRoleRef()
                .addNewSubject().withKind("User").withName(KubeCluster.QA_USER).endSubject()
                .addNewSubject().withKind("User").withName(KubeCluster.DEV_USER).endSubject().build()).create();

        awaitPolicyActive(namespace);
    }

    @AfterAll
    static void uninstall(TestNamespace namespace) {
        installed.forEach(r -> namespace.cluster().client().resource(r).delete());
    }

    @Test
    void onlyTheQaGroupMaySetChangeOrRemoveTheQaAnnotations() {
        String name = client.resource(Assistants.assistant("qa-policy-1", "https://www.example.com/", "basic"))
                .create().getMetadata().getName();

        try (KubernetesClient dev = dev(); KubernetesClient qa = qa()) {
            assertDenied(() -> edit(dev, name, annotation(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED)));

            edit(qa, name, annotation(XappMetadata.QA_ANNOTATION, XappMetadata.QA_REJECTED));
            edit(qa, name, annotation(XappMetadata.QA_NOTE_ANNOTATION, "wrong logo"));
            edit(qa, name, annotation(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED));

            assertDenied(() -> edit(dev, name, annotation(XappMetadata.QA_ANNOTATION, null)));
            assertDenied(() -> edit(dev, name, annotation(XappMetadata.QA_NOTE_ANNOTATION, "fine by me")));
            assertDenied(() -> edit(dev, name, annotation(XappMetadata.QA_REVISION_ANNOTATION, "0123456789abcdef")));

            edit(qa, name, annotation(XappMetadata.QA_NOTE_ANNOTATION, null));
        }
        Map<String, String> annotations = Assistants.get(client, name).getMetadata().getAnnotations();
        assertThat(annotations).containsEntry(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED)
                .doesNotContainKey(XappMetadata.QA_NOTE_ANNOTATION);
    }

    @Test
    void othersMayChangeEverythingElse() {
        String name = client.resource(Assistants.assistant("qa-policy-2", "https://www.example.com/", "basic"))
                .create().getMetadata().getName();
        try (KubernetesClient dev = dev(); KubernetesClient qa = qa()) {
            edit(qa, name, annotation(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED));

            edit(dev, name, a -> {
                a.getSpec().setCompanyName("Brightside Dental & Co");
                a.getMetadata().getAnnotations().put("example.com/ticket", "QA-42");
                return a;
            });
        }
        Assistant after = Assistants.get(client, name);
        assertThat(after.getSpec().getCompanyName()).isEqualTo("Brightside Dental & Co");
        assertThat(after.getMetadata().getAnnotations()).containsEntry(XappMetadata.QA_ANNOTATION,
                XappMetadata.QA_APPROVED);
    }

    @Test
    void onlyTheQaGroupMayCreateAnAssistantCarryingAVerdict() {
        try (KubernetesClient dev = dev(); KubernetesClient qa = qa()) {
            assertDenied(() -> dev.resource(preApproved("qa-policy-3")).create());
            assertThat(qa.resource(preApproved("qa-policy-4")).create().getMetadata().getAnnotations())
                    .containsEntry(XappMetadata.QA_ANNOTATION, XappMetadata.QA_APPROVED);
        }
    }

    private KubernetesClient dev() {
        return namespace.impersonating(KubeCluster.DEV_USER, "xapp:dev");
    }

    private KubernetesClient qa() {
        return namespace.impersonating(KubeCluster.QA_USER, QA_GROUP);
    }

    private static Assistant preApproved(String customerId) {
        Assistant a = Assistants.assistant(customerId, "https://www.example.com/", "basic");
        a.getMetadata().setAnnotations(new java.util.HashMap<>(Map.of(XappMetadata.QA_ANNOTATION,
                XappMetadata.QA_APPROVED)));
        return a;
    }

    private static void edit(KubernetesClient as, String name, UnaryOperator<Assistant> change) {
        as.resources(Assistant.class).withName(name).edit(change);
    }

    private static UnaryOperator<Assistant> annotation(String key, String value) {
        return a -> {
            if (value == null) {
                a.getMetadata().getAnnotations().remove(key);
            } else {
                a.getMetadata().getAnnotations().put(key, value);
            }
            return a;
        };
    }

    private static void assertDenied(Runnable request) {
        assertThatThrownBy(request::run).isInstanceOf(KubernetesClientException.class)
                .hasMessageContaining("only members of the QA group " + QA_GROUP)
                .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(403));
    }

    /** A new policy takes a moment to be enforced: probe with a denied request until it is refused. */
    private static void awaitPolicyActive(TestNamespace namespace) {
        try (KubernetesClient dev = namespace.impersonating(KubeCluster.DEV_USER, "xapp:dev")) {
            java.util.concurrent.atomic.AtomicInteger probes = new java.util.concurrent.atomic.AtomicInteger();
            await("the QA policy is enforced").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        Assistant probe = preApproved("qa-policy-probe-" + probes.incrementAndGet());
                        try {
                            dev.resource(probe).create();
                            dev.resource(probe).delete();
                            return false;
                        } catch (KubernetesClientException e) {
                            return e.getCode() == 403;
                        }
                    });
        }
    }
}
