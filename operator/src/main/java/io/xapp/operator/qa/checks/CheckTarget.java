package io.xapp.operator.qa.checks;

import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.crawler.FetchPolicy;
import io.xapp.operator.analysis.BrandResolver;
import io.xapp.operator.runtime.RuntimeKeys;
import java.net.URI;
import java.util.List;

/**
 * What the checks of one revision look at, decided by the reconcile that asked for them: the runtime as visitors
 * reach it (its public base URL, keys and the customer's origin), the brand in effect, and where the bridge is.
 *
 * @param runtimeUrl  the assistant's public base URL, where the snippets load from
 * @param bridgeUrl   the bridge's base URL as runtimes call it, or null when the partner environment has none
 * @param fetchPolicy how the customer's site may be fetched (logo, sitemap): the crawler's safety rules
 */
public record CheckTarget(
        String namespace,
        String name,
        String revision,
        String companyName,
        URI website,
        URI runtimeUrl,
        List<Channel> channels,
        RuntimeKeys keys,
        BrandStatus brand,
        URI bridgeUrl,
        FetchPolicy fetchPolicy) {

    public CheckTarget {
        channels = List.copyOf(channels);
    }

    /** The target of the Assistant's current reconcile; {@code url} is its public base URL. */
    public static CheckTarget of(Assistant assistant, String revision, String url, List<Channel> channels,
            RuntimeKeys keys, BrandStatus brand, PartnerEnvironment env) {
        String bridge = env.runtime().bridgeUrl();
        return new CheckTarget(assistant.getMetadata().getNamespace(), assistant.getMetadata().getName(), revision,
                assistant.getSpec().getCompanyName(), URI.create(assistant.getSpec().getWebsite()), URI.create(url),
                channels, keys, brand, bridge == null || bridge.isBlank() ? null : URI.create(bridge),
                BrandResolver.policy(env));
    }

    /** The customer's own origin, which the runtime admits: the checks call its API as the customer's pages do. */
    public String siteOrigin() {
        return website.getScheme() + "://" + website.getHost() + (website.getPort() == -1 ? "" : ":"
                + website.getPort());
    }

    /** The key of a channel the assistant runs: widget first (it opens chat and suggestions), else search. */
    public String apiKey() {
        return channels.contains(Channel.WIDGET) ? keys.widgetKey() : keys.searchKey();
    }

    @Override
    public String toString() {
        return "CheckTarget[" + namespace + "/" + name + " revision " + revision + "]";
    }
}
