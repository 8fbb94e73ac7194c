package io.xapp.testing.platform.partner;

import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.XappMetadata;

/** The QA step as people do it: annotating an Assistant, as kubectl annotate does (a JSON merge patch). */
public final class QaReview {

    /** What the QA admission policy answers anyone outside the QA group (operator/src/main/kubernetes). */
    public static final String REFUSAL = "only members of the QA group xapp:qa";
    private static final String EDITOR_ROLE = "e2e-assistant-editor";

    private QaReview() {
    }

    /** Approves {@code revision} of Assistant {@code name} as whoever {@code as} authenticates. */
    public static void approve(KubernetesClient as, String namespace, String name, String revision) {
        as.resources(Assistant.class).inNamespace(namespace).withName(name).patch(PatchContext.of(
                PatchType.JSON_MERGE), "{\"metadata\":{\"annotations\":{\"" + XappMetadata.QA_ANNOTATION
                + "\":\"approved\",\"" + XappMetadata.QA_REVISION_ANNOTATION + "\":\"" + revision + "\"}}}");
    }

    /**
     * Lets {@code user} edit Assistants in {@code namespace} (as a developer with edit rights would), so that what
     * stops them setting the QA annotations is the admission policy, not RBAC.
     */
    public static void grantAssistantEditing(KubernetesClient admin, String namespace, String user) {
        admin.rbac().roles().inNamespace(namespace).resource(new RoleBuilder().withNewMetadata()
                .withName(EDITOR_ROLE).endMetadata().addNewRule().withApiGroups("xapp.io").withResources("assistants")
                .withVerbs("get", "list", "watch", "patch", "update").endRule().build()).serverSideApply();
        admin.rbac().roleBindings().inNamespace(namespace).resource(new RoleBindingBuilder().withNewMetadata()
                .withName(EDITOR_ROLE + "-" + user).endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "Role", EDITOR_ROLE)
                .addNewSubject().withApiGroup("rbac.authorization.k8s.io").withKind("User").withName(user).endSubject()
                .build()).serverSideApply();
    }
}
