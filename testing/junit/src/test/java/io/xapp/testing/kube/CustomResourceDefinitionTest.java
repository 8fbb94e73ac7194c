package io.xapp.testing.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CRD with a structural schema and a status subresource: server-side apply
 * works on the object and on its status, and the API server rejects objects
 * that break the schema.
 */
@LocalCluster
class CustomResourceDefinitionTest {

    private static final String MANAGER = "xapp-test";

    KubernetesClient client;
    TestNamespace namespace;

    private MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> widgets;
    private String apiVersion;

    /** A group per test class, so the cluster-scoped CRD never collides with another run's. */
    static String group(TestNamespace namespace) {
        return namespace.name() + ".test.xapp.io";
    }

    @BeforeEach
    void defineWidgets() {
        String group = group(namespace);
        apiVersion = group + "/v1";
        JSONSchemaProps schema = new JSONSchemaPropsBuilder()
                .withType("object")
                .addToProperties("spec", new JSONSchemaPropsBuilder()
                        .withType("object")
                        .addToRequired("size")
                        .addToProperties("size", new JSONSchemaPropsBuilder()
                                .withType("integer").withMinimum(1.0).withMaximum(10.0).build())
                        .addToProperties("color", new JSONSchemaPropsBuilder()
                                .withType("string")
                                .withEnum(new TextNode("red"), new TextNode("green"), new TextNode("blue"))
                                .build())
                        .build())
                .addToProperties("status", new JSONSchemaPropsBuilder()
                        .withType("object")
                        .addToProperties("phase", new JSONSchemaPropsBuilder().withType("string").build())
                        .build())
                .build();
        CustomResourceDefinition crd = new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("widgets." + group).endMetadata()
                .withNewSpec()
                .withGroup(group)
                .withScope("Namespaced")
                .withNewNames().withKind("Widget").withPlural("widgets").withSingular("widget").endNames()
                .addNewVersion()
                .withName("v1").withServed(true).withStorage(true)
                .withNewSchema().withOpenAPIV3Schema(schema).endSchema()
                .withNewSubresources().withNewStatus().endStatus().endSubresources()
                .endVersion()
                .endSpec()
                .build();
        client.apiextensions().v1().customResourceDefinitions().resource(crd)
                .fieldManager(MANAGER).forceConflicts().serverSideApply();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).until(() -> {
            CustomResourceDefinition current = client.apiextensions().v1().customResourceDefinitions()
                    .withName("widgets." + group).get();
            return current.getStatus() != null && current.getStatus().getConditions().stream()
                    .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"));
        });
        widgets = client.genericKubernetesResources(new ResourceDefinitionContext.Builder()
                .withGroup(group).withVersion("v1").withKind("Widget").withPlural("widgets").withNamespaced(true)
                .build());
    }

    @AfterAll
    static void deleteCrd(KubeCluster cluster, TestNamespace namespace) {
        cluster.client().apiextensions().v1().customResourceDefinitions()
                .withName("widgets." + group(namespace)).delete();
    }

    private GenericKubernetesResource widget(String name, Map<String, Object> spec) {
        return new GenericKubernetesResourceBuilder()
                .withApiVersion(apiVersion).withKind("Widget")
                .withNewMetadata().withName(name).endMetadata()
                .addToAdditionalProperties("spec", spec)
                .build();
    }

    @Test
    void serverSideApplyCreatesAndUpdatesAWidget() {
        // The first request right after Established may still race the new API's handler; retry it.
        GenericKubernetesResource created = await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> widgets.resource(widget("w1", Map.of("size", 3, "color", "red")))
                        .fieldManager(MANAGER).forceConflicts().serverSideApply(), r -> r != null);
        assertThat(spec(created)).containsEntry("size", 3).containsEntry("color", "red");
        assertThat(created.getMetadata().getManagedFields())
                .anySatisfy(f -> {
                    assertThat(f.getManager()).isEqualTo(MANAGER);
                    assertThat(f.getOperation()).isEqualTo("Apply");
                });

        GenericKubernetesResource updated = widgets.resource(widget("w1", Map.of("size", 5, "color", "red")))
                .fieldManager(MANAGER).forceConflicts().serverSideApply();
        assertThat(spec(updated)).containsEntry("size", 5);
        assertThat(updated.getMetadata().getGeneration()).isEqualTo(2L);
    }

    @Test
    void statusIsASubresource() {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> widgets.resource(widget("w2", Map.of("size", 1)))
                        .fieldManager(MANAGER).forceConflicts().serverSideApply(), r -> r != null);

        // Status in a request to the main resource is ignored...
        GenericKubernetesResource withStatus = widget("w2", Map.of("size", 1));
        withStatus.setAdditionalProperty("status", Map.of("phase", "Ignored"));
        GenericKubernetesResource applied = widgets.resource(withStatus)
                .fieldManager(MANAGER).forceConflicts().serverSideApply();
        assertThat(applied.getAdditionalProperties()).doesNotContainKey("status");

        // ...and applied through the status subresource, without bumping the generation.
        GenericKubernetesResource status = new GenericKubernetesResourceBuilder()
                .withApiVersion(apiVersion).withKind("Widget")
                .withNewMetadata().withName("w2").endMetadata()
                .addToAdditionalProperties("status", Map.of("phase", "Ready"))
                .build();
        GenericKubernetesResource afterStatus = widgets.withName("w2").subresource("status").patch(
                new PatchContext.Builder().withPatchType(PatchType.SERVER_SIDE_APPLY)
                        .withFieldManager(MANAGER + "-status").withForce(true).build(),
                status);
        assertThat(afterStatus.getAdditionalProperties().get("status")).isEqualTo(Map.of("phase", "Ready"));
        assertThat(afterStatus.getMetadata().getGeneration()).isEqualTo(1L);
        assertThat(spec(afterStatus)).containsEntry("size", 1);
    }

    @Test
    void rejectsWidgetsThatBreakTheSchema() {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> widgets.resource(widget("probe", Map.of("size", 1)))
                        .fieldManager(MANAGER).forceConflicts().serverSideApply(), r -> r != null);

        assertThatThrownBy(() -> widgets.resource(widget("too-small", Map.of("size", 0)))
                .fieldManager(MANAGER).forceConflicts().serverSideApply())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
                .hasMessageContaining("spec.size: Invalid value: 0: spec.size in body should be greater than or equal to 1");

        assertThatThrownBy(() -> widgets.resource(widget("purple", Map.of("size", 2, "color", "purple")))
                .fieldManager(MANAGER).forceConflicts().serverSideApply())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
                .hasMessageContaining("spec.color: Unsupported value: \"purple\"");

        assertThatThrownBy(() -> widgets.resource(widget("no-size", Map.of("color", "blue"))).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
                .hasMessageContaining("spec.size: Required value");

        assertThat(widgets.withName("too-small").get()).isNull();
        assertThat(widgets.withName("purple").get()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }
}
