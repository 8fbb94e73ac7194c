package io.xapp.bridge.subscription;

import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.CancellationSpec;

/** Writes the bridge's part of Assistants. Every call is idempotent: applying the same intent twice is harmless. */
public interface AssistantWriter {

    /**
     * Makes the Assistant that holds {@code spec.customerId} hold exactly {@code spec} (bridge fields); creates one
     * only when the customer has none.
     */
    void apply(AssistantSpec spec, String lastEvent);

    /** Sets only the cancellation on the customer's Assistant (made some other way, e.g. kubectl); false if none. */
    boolean applyCancellationOnly(String customerId, CancellationSpec cancellation, String lastEvent);

    /** Whether the customer has an Assistant. */
    boolean exists(String customerId);
}
