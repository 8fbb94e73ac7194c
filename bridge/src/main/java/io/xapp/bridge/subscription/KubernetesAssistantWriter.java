package io.xapp.bridge.subscription;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.XappMetadata;
import java.util.Map;

/**
 * Server-side apply with the field manager {@value #FIELD_MANAGER}: the bridge owns the spec fields from partner
 * events and its labels; a field it stops sending (a cancellation withdrawn by a re-subscription) is removed.
 */
public final class KubernetesAssistantWriter implements AssistantWriter {

    public static final String FIELD_MANAGER = "xapp-bridge";
    /** Which partner event last shaped the Assistant ({@code <event id>@<event time>}), for people reading it. */
    public static final String LAST_EVENT_ANNOTATION = "xapp.io/last-partner-event";

    private final KubernetesClient client;
    private final String namespace;

    public KubernetesAssistantWriter(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    @Override
    public void apply(AssistantSpec spec, String lastEvent) {
        serverSideApply(assistant(spec.getCustomerId(), spec, lastEvent));
    }

    @Override
    public boolean applyCancellationOnly(String customerId, CancellationSpec cancellation, String lastEvent) {
        if (!exists(customerId)) {
            return false;
        }
        AssistantSpec spec = new AssistantSpec();
        spec.setCancellation(cancellation);
        serverSideApply(assistant(customerId, spec, lastEvent));
        return true;
    }

    @Override
    public boolean exists(String customerId) {
        return client.resources(Assistant.class).inNamespace(namespace)
                .withName(CustomerNames.assistantName(customerId)).get() != null;
    }

    private Assistant assistant(String customerId, AssistantSpec spec, String lastEvent) {
        String name = CustomerNames.assistantName(customerId);
        Assistant a = new Assistant();
        a.setMetadata(new ObjectMetaBuilder()
                .withName(name)
                .withNamespace(namespace)
                .withLabels(Map.of(
                        XappMetadata.CUSTOMER_ID_LABEL, CustomerNames.labelValue(customerId),
                        XappMetadata.ASSISTANT_LABEL, name,
                        XappMetadata.PART_OF_LABEL, XappMetadata.PART_OF_VALUE,
                        XappMetadata.MANAGED_BY_LABEL, "xapp-operator"))
                .withAnnotations(Map.of(LAST_EVENT_ANNOTATION, lastEvent))
                .build());
        a.setSpec(spec);
        // The status belongs to the operator (and notifications to the status subresource): never send it here.
        a.setStatus(null);
        return a;
    }

    private void serverSideApply(Assistant a) {
        try {
            client.resource(a).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 422 || e.getCode() == 400) {
                throw new AssistantRejectedException("the API server refused Assistant " + namespace + "/"
                        + a.getMetadata().getName() + ": " + (e.getStatus() != null ? e.getStatus().getMessage() : e.getMessage()), e);
            }
            throw e;
        }
    }
}
