package io.xapp.bridge.subscription;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.api.v1alpha1.CustomerClaims;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.bridge.kube.AssistantRef;
import io.xapp.bridge.kube.KubernetesCustomerAssistants;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side apply with the field manager {@value #FIELD_MANAGER}: the bridge owns the spec fields from partner
 * events and its labels; a field it stops sending (a cancellation withdrawn by a re-subscription) is removed.
 *
 * <p>The customer's Assistant is the one that holds the customer ({@link KubernetesCustomerAssistants}), whatever
 * its name; only when none does is one created, named by {@link CustomerNames#assistantName}.
 */
public final class KubernetesAssistantWriter implements AssistantWriter {

    public static final String FIELD_MANAGER = "xapp-bridge";
    /** Which partner event last shaped the Assistant ({@code <event id>@<event time>}), for people reading it. */
    public static final String LAST_EVENT_ANNOTATION = "xapp.io/last-partner-event";

    private final KubernetesClient client;
    private final KubernetesCustomerAssistants customers;

    /** Looks the customers' Assistants up in {@code namespace}, where it writes them. */
    public KubernetesAssistantWriter(KubernetesClient client, String namespace) {
        this(client, new KubernetesCustomerAssistants(client, namespace));
    }

    public KubernetesAssistantWriter(KubernetesClient client, KubernetesCustomerAssistants customers) {
        this.client = client;
        this.customers = customers;
    }

    @Override
    public void apply(AssistantSpec spec, String lastEvent) {
        String customerId = spec.getCustomerId();
        String name = customers.holder(customerId).map(AssistantRef::name).orElseGet(() -> newName(customerId));
        serverSideApply(assistant(name, customerId, spec, lastEvent));
    }

    @Override
    public boolean applyCancellationOnly(String customerId, CancellationSpec cancellation, String lastEvent) {
        Optional<AssistantRef> holder = customers.holder(customerId);
        if (holder.isEmpty()) {
            return false;
        }
        AssistantSpec spec = new AssistantSpec();
        spec.setCancellation(cancellation);
        serverSideApply(assistant(holder.get().name(), customerId, spec, lastEvent));
        return true;
    }

    @Override
    public boolean exists(String customerId) {
        return customers.holder(customerId).isPresent();
    }

    /** The name for the customer's first Assistant; refused when an Assistant of another customer already has it. */
    private String newName(String customerId) {
        String name = CustomerNames.assistantName(customerId);
        Assistant taken = client.resources(Assistant.class).inNamespace(customers.namespace()).withName(name).get();
        if (taken != null && !CustomerClaims.claims(taken, customerId)) {
            throw new AssistantRejectedException("Assistant " + customers.namespace() + "/" + name + ", the name for "
                    + "customer '" + customerId + "', belongs to customer '" + taken.getSpec().getCustomerId()
                    + "'; rename or delete it, then send the event again", null);
        }
        return name;
    }

    private Assistant assistant(String name, String customerId, AssistantSpec spec, String lastEvent) {
        Assistant a = new Assistant();
        a.setMetadata(new ObjectMetaBuilder()
                .withName(name)
                .withNamespace(customers.namespace())
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
                throw new AssistantRejectedException("the API server refused Assistant " + a.getMetadata().getNamespace()
                        + "/" + a.getMetadata().getName() + ": "
                        + (e.getStatus() != null ? e.getStatus().getMessage() : e.getMessage()), e);
            }
            throw e;
        }
    }
}
