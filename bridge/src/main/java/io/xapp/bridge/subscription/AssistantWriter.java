package io.xapp.bridge.subscription;

import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.CancellationSpec;

/** Writes the bridge's part of Assistants. Every call is idempotent: applying the same intent twice is harmless. */
public interface AssistantWriter {

    /** Creates or updates the Assistant for {@code spec.customerId} to hold exactly {@code spec} (bridge fields). */
    void apply(AssistantSpec spec, String lastEvent);

    /** Sets only the cancellation on an existing Assistant the bridge has no subscription for; false if absent. */
    boolean applyCancellationOnly(String customerId, CancellationSpec cancellation, String lastEvent);

    /** Whether the Assistant for the customer exists. */
    boolean exists(String customerId);
}
