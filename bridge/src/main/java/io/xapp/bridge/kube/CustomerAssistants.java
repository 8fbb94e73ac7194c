package io.xapp.bridge.kube;

import java.util.Optional;

/**
 * The one lookup between the partner's customers and Assistants. The customer id is the identity: the Assistant that
 * holds a customer is the one {@link io.xapp.api.v1alpha1.CustomerClaims} picks among those labelled with the id,
 * however it was made (the bridge, kubectl, GitOps, a restore) and whatever its name. Partner events, ReadyForInstallation,
 * analytics, leads and bookings all resolve a customer through it.
 */
public interface CustomerAssistants {

    /** The Assistant that holds the customer; empty when the partner environment has none for it. */
    Optional<AssistantRef> holder(String customerId);

    /** The customer an Assistant serves: its {@code spec.customerId}, when it exists and holds that customer. */
    Optional<String> customerOf(AssistantRef assistant);
}
