package io.xapp.operator.customer;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerClaims;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.runtime.RuntimeLabels;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer id is an Assistant's identity (docs/contracts.md). The operator keeps the {@code xapp.io/customer-id}
 * label true to {@code spec.customerId}, so the bridge finds any customer's Assistant by it, however it was made;
 * and it provisions only the Assistant that holds its customer ({@link CustomerClaims}): a later one claiming the
 * same customer waits in {@code Pending} with the reason {@value #CONFLICT}, saying which Assistant holds the
 * customer and what to do, and looks again every recheck interval (it is provisioned once it is the only one).
 */
public final class CustomerIdentity {

    public static final String CONFLICT = "Conflict";

    private static final String BY_CUSTOMER = "xapp.io/by-customer";

    private final AssistantEvents events;
    private final Duration recheck;

    public CustomerIdentity(AssistantEvents events, Duration recheck) {
        this.events = events;
        this.recheck = recheck;
    }

    /** Indexes the controller's cache by customer, so a reconcile finds the other claimants without listing. */
    public static void index(EventSourceContext<Assistant> context) {
        context.getPrimaryCache().addIndexer(BY_CUSTOMER, a -> a.getSpec() == null
                || a.getSpec().getCustomerId() == null ? List.of()
                : List.of(key(a.getMetadata().getNamespace(), a.getSpec().getCustomerId())));
    }

    /** Sets the customer-id label when it is missing or names another id (made by hand, or the id changed). */
    public void keepLabel(Assistant assistant, KubernetesClient client) {
        String want = CustomerNames.labelValue(assistant.getSpec().getCustomerId());
        Map<String, String> labels = assistant.getMetadata().getLabels();
        if (labels != null && want.equals(labels.get(XappMetadata.CUSTOMER_ID_LABEL))) {
            return;
        }
        String patch = Serialization.asJson(Map.of("metadata", Map.of("labels",
                Map.of(XappMetadata.CUSTOMER_ID_LABEL, want))));
        try {
            client.resources(Assistant.class).inNamespace(assistant.getMetadata().getNamespace())
                    .withName(assistant.getMetadata().getName())
                    .patch(new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE)
                            .withFieldManager(RuntimeLabels.MANAGED_BY).build(), patch);
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) { // deleted meanwhile: nothing to label
                throw e;
            }
        }
    }

    /**
     * Whether an older Assistant holds this one's customer. If so, the draft says which and what to do (and an Event,
     * when the conflict is new), the install snippets are withdrawn, and the Assistant looks again later.
     */
    public boolean inConflict(Assistant assistant, Context<Assistant> context, StatusDraft draft) {
        String customer = assistant.getSpec().getCustomerId();
        String namespace = assistant.getMetadata().getNamespace();
        Optional<Assistant> holder = CustomerClaims.holder(
                context.getPrimaryCache().byIndex(BY_CUSTOMER, key(namespace, customer)), customer);
        if (holder.isEmpty() || same(holder.get(), assistant)) {
            return false;
        }
        String holderName = holder.get().getMetadata().getName();
        String message = "Customer '" + customer + "' already has an Assistant: " + namespace + "/" + holderName
                + " (created " + holder.get().getMetadata().getCreationTimestamp() + "). One customer has one "
                + "Assistant, so this one is not provisioned. Delete it (kubectl -n " + namespace
                + " delete assistant " + assistant.getMetadata().getName() + "), or give it another spec.customerId; "
                + "it is provisioned once no older Assistant claims the customer.";
        boolean known = draft.previous().condition(ConditionType.Ready.name())
                .filter(c -> CONFLICT.equals(c.getReason()) && message.equals(c.getMessage())).isPresent();
        draft.phase(Phase.Pending, CONFLICT, message);
        draft.next().setInstall(null);
        draft.requeueAfter(recheck);
        if (!known) {
            events.record(assistant, AssistantEvents.WARNING, CONFLICT, message);
        }
        return true;
    }

    private static boolean same(Assistant a, Assistant b) {
        String uid = a.getMetadata().getUid();
        return uid != null ? uid.equals(b.getMetadata().getUid())
                : Objects.equals(a.getMetadata().getName(), b.getMetadata().getName());
    }

    private static String key(String namespace, String customerId) {
        return namespace + "/" + customerId;
    }
}
