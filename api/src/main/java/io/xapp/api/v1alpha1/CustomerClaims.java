package io.xapp.api.v1alpha1;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer, one Assistant. Several Assistants in a namespace may claim the same {@code spec.customerId} (one
 * made with kubectl, a GitOps copy, a restore from backup); the oldest holds the customer and the others wait in
 * {@code Conflict}. The operator (which provisions only the holder) and the bridge (which writes, notifies and reports
 * for the holder only) decide with this one rule, so they always agree on which Assistant is the customer's.
 */
public final class CustomerClaims {

    /**
     * Oldest first: by creation time; of two made within the same second (creation times have whole seconds, so
     * which came first is unknown) the one the operator already provisions, so an Assistant that holds its customer
     * never loses it to a copy made in its creation second; then by name, then by uid.
     */
    public static final Comparator<Assistant> OLDEST_FIRST = Comparator
            .comparing(CustomerClaims::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> !provisioned(a))
            .thenComparing(a -> a.getMetadata().getName(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.getMetadata().getUid(), Comparator.nullsLast(Comparator.naturalOrder()));

    private CustomerClaims() {
    }

    /**
     * The Assistant that holds {@code customerId} among {@code assistants}: the oldest whose {@code spec.customerId}
     * is exactly that id (Assistants of other customers, or a label that lies, are ignored).
     */
    public static Optional<Assistant> holder(Collection<Assistant> assistants, String customerId) {
        return assistants.stream().filter(a -> claims(a, customerId)).min(OLDEST_FIRST);
    }

    /** Whether the Assistant names {@code customerId} in its spec. */
    public static boolean claims(Assistant assistant, String customerId) {
        return assistant.getSpec() != null && Objects.equals(assistant.getSpec().getCustomerId(), customerId);
    }

    /** The labels that select a customer's Assistants (the operator keeps the label true to the spec). */
    public static Map<String, String> selector(String customerId) {
        return Map.of(XappMetadata.CUSTOMER_ID_LABEL, CustomerNames.labelValue(customerId));
    }

    /** Past {@link Phase#Pending}: the operator found it the holder and went on (a conflicting one stays Pending). */
    private static boolean provisioned(Assistant a) {
        return a.getStatus() != null && a.getStatus().getPhase() != null && a.getStatus().getPhase() != Phase.Pending;
    }

    private static Instant createdAt(Assistant a) {
        String t = a.getMetadata().getCreationTimestamp();
        try {
            return t == null ? null : Instant.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
