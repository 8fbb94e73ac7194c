package io.xapp.bridge.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerClaims;
import java.util.Optional;

/**
 * {@link CustomerAssistants} read from the API server (not an informer cache), so that an Assistant made or deleted a
 * moment ago is seen: the bridge must never write a second Assistant for a customer, nor recreate a deleted one.
 * The operator keeps the {@code xapp.io/customer-id} label true to {@code spec.customerId}.
 */
public final class KubernetesCustomerAssistants implements CustomerAssistants {

    private final KubernetesClient client;
    private final String namespace;

    public KubernetesCustomerAssistants(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    @Override
    public Optional<AssistantRef> holder(String customerId) {
        var claimants = client.resources(Assistant.class).inNamespace(namespace)
                .withLabels(CustomerClaims.selector(customerId)).list().getItems();
        return CustomerClaims.holder(claimants, customerId).map(AssistantRef::of);
    }

    @Override
    public Optional<String> customerOf(AssistantRef assistant) {
        if (!namespace.equals(assistant.namespace())) {
            return Optional.empty();
        }
        Assistant a = client.resources(Assistant.class).inNamespace(namespace).withName(assistant.name()).get();
        if (a == null || a.getSpec() == null || a.getSpec().getCustomerId() == null) {
            return Optional.empty();
        }
        String customer = a.getSpec().getCustomerId();
        return holder(customer).filter(assistant::equals).map(holder -> customer);
    }

    public String namespace() {
        return namespace;
    }
}
