package io.xapp.bridge.testing;

import io.xapp.bridge.kube.AssistantRef;
import io.xapp.bridge.kube.CustomerAssistants;
import java.util.Map;
import java.util.Optional;

/** Customers and their Assistants given up front, for tests that run without Kubernetes. */
public record FixedCustomers(Map<String, AssistantRef> holders) implements CustomerAssistants {

    public static FixedCustomers of(String customerId, AssistantRef assistant) {
        return new FixedCustomers(Map.of(customerId, assistant));
    }

    @Override
    public Optional<AssistantRef> holder(String customerId) {
        return Optional.ofNullable(holders.get(customerId));
    }

    @Override
    public Optional<String> customerOf(AssistantRef assistant) {
        return holders.entrySet().stream().filter(e -> e.getValue().equals(assistant)).map(Map.Entry::getKey)
                .findFirst();
    }
}
