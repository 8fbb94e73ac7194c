package io.xapp.bridge.subscription;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.api.kube.TrimmedItemStore;
import io.xapp.api.kube.WriteRate;
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
 * its name; only when none does is one created, named by {@link CustomerNames#assistantName}. Writes are paced by
 * {@link WriteRate}.
 */
public final class KubernetesAssistantWriter implements AssistantWriter {

    public static final String FIELD_MANAGER = "xapp-bridge";
    /** Which partner event last shaped the Assistant ({@code <event id>@<event time>}), for people reading it. */
    public static final String LAST_EVENT_ANNOTATION = "xapp.io/last-partner-event";

    private final KubernetesClient client;
    private final KubernetesCustomerAssistants customers;
    private final WriteRate writes;

    public KubernetesAssistantWriter(KubernetesClient client, KubernetesCustomerAssistants customers,
                                     WriteRate writes) {
        this.client = client;
        this.customers = customers;
        this.writes = writes;
    }

    @Override
    public void apply(AssistantSpec spec, String lastEvent) {
        String customerId = spec.getCustomerId();
        String name = customers.holder(customerId).map(AssistantRef::name).orElseGet(() -> newName(customerId));
        serverSideApply(assistant(name, customerId, spec, lastEvent));
    }

    @Override
    public boolean applyCancellationOnly(String customerId, CancellationSpec cancellation, String lastEvent) {
        // Rare (a cancellation before any create the bridge knows of): worth asking the API server when the cache has
        // none, so an Assistant made with kubectl a moment ago is still cancelled.
        Optional<AssistantRef> holder = customers.holder(customerId).or(() -> customers.holderOnServer(customerId));
        if (holder.isEmpty()) {
            return false;
        }
        AssistantSpec spec = new AssistantSpec();
        spec.setCancellation(cancellation);
        serverSideApply(assistant(holder.get().name(), customerId, spec, lastEvent));
        return true;
    }

    /** Asks the API server, not the cache: an Assistant deleted a moment ago must not be brought back. */
    @Override
    public boolean exists(String customerId) {
        return customers.holderOnServer(customerId).isPresent();
    }

    /**
     * The name for the customer's first Assistant; refused when an Assistant of another customer already has it.
     * Asks the API server when the cache has none of that name (once per new customer): an Assistant made with
     * kubectl a moment ago, not yet in the cache, must not be taken over by the forced apply.
     */
    private String newName(String customerId) {
        String name = CustomerNames.assistantName(customerId);
        Optional<Assistant> taken = customers.named(name).or(() -> customers.namedOnServer(name));
        if (taken.isPresent() && !CustomerClaims.claims(taken.get(), customerId)) {
            throw new AssistantRejectedException("Assistant " + customers.namespace() + "/" + name + ", the name for "
                    + "customer '" + customerId + "', belongs to customer '"
                    + (taken.get().getSpec() == null ? null : taken.get().getSpec().getCustomerId())
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
        writes.acquire();
        try {
            customers.written(TrimmedItemStore.withoutManagedFields(
                    client.resource(a).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply()));
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
