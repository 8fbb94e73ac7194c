package io.xapp.bridge.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerClaims;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link CustomerAssistants} answered from the {@link AssistantWatcher}'s cache: no request per event, whatever the
 * number of Assistants. The cache lags the API server by the latency of a watch event, which matters in two places:
 *
 * <ul>
 * <li>an Assistant the bridge itself created a moment ago: {@link #created} remembers it until the cache has it, so
 * the customer's next event finds it and never makes a second one;</li>
 * <li>a deleted Assistant that must not come back (a due cancellation): {@link #holderOnServer} asks the API server.
 * </li>
 * </ul>
 *
 * <p>An Assistant made by someone else in the same instant as the bridge creates one is a race either way (as it was
 * with a list per event); the operator then holds the older one for the customer and leaves the other in
 * {@code Conflict}.
 */
public final class KubernetesCustomerAssistants implements CustomerAssistants {

    private final KubernetesClient client;
    private final AssistantWatcher cache;
    /** Assistants this bridge created that the cache has not shown yet, by customer id. */
    private final ConcurrentMap<String, Assistant> created = new ConcurrentHashMap<>();

    public KubernetesCustomerAssistants(KubernetesClient client, AssistantWatcher cache) {
        this.client = client;
        this.cache = cache;
        cache.onChange(this::seen).onDelete(this::seen);
    }

    @Override
    public Optional<AssistantRef> holder(String customerId) {
        List<Assistant> claimants = new ArrayList<>(cache.labelledWith(customerId));
        Assistant mine = created.get(customerId);
        if (mine != null && claimants.stream().noneMatch(a -> sameObject(a, mine))) {
            claimants.add(mine);
        }
        return CustomerClaims.holder(claimants, customerId).map(AssistantRef::of);
    }

    @Override
    public Optional<String> customerOf(AssistantRef assistant) {
        if (!namespace().equals(assistant.namespace())) {
            return Optional.empty();
        }
        return cache.named(assistant.name())
                .map(Assistant::getSpec).map(spec -> spec.getCustomerId()).filter(Objects::nonNull)
                .filter(customer -> holder(customer).filter(assistant::equals).isPresent());
    }

    /** The customer's Assistant as the API server has it now (a list), for decisions a stale cache must not make. */
    public Optional<AssistantRef> holderOnServer(String customerId) {
        var claimants = client.resources(Assistant.class).inNamespace(namespace())
                .withLabels(CustomerClaims.selector(customerId)).list().getItems();
        return CustomerClaims.holder(claimants, customerId).map(AssistantRef::of);
    }

    /** The Assistant of that name as the API server has it now (not the cache), if any. */
    public Optional<Assistant> namedOnServer(String name) {
        return Optional.ofNullable(client.resources(Assistant.class).inNamespace(namespace()).withName(name).get());
    }

    /** The Assistant of that name as last seen, or as this bridge just created it. */
    public Optional<Assistant> named(String name) {
        return cache.named(name).or(() -> created.values().stream()
                .filter(a -> name.equals(a.getMetadata().getName())).findFirst());
    }

    /** Records an Assistant this bridge has just written, until the cache shows it. */
    public void written(Assistant assistant) {
        String customer = assistant.getSpec() == null ? null : assistant.getSpec().getCustomerId();
        if (customer != null && cache.named(assistant.getMetadata().getName())
                .filter(a -> sameObject(a, assistant)).isEmpty()) {
            created.put(customer, assistant);
        }
    }

    /** The cache saw an Assistant change or go: whatever this bridge remembered of it is no longer needed. */
    private void seen(Assistant a) {
        if (a.getSpec() != null && a.getSpec().getCustomerId() != null) {
            created.computeIfPresent(a.getSpec().getCustomerId(), (c, mine) -> sameObject(a, mine) ? null : mine);
        }
    }

    public String namespace() {
        return cache.namespace();
    }

    private static boolean sameObject(Assistant a, Assistant b) {
        return Objects.equals(a.getMetadata().getUid(), b.getMetadata().getUid());
    }
}
