package io.xapp.operator.runtime;

import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.api.v1alpha1.CrawlSpec;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the operator tells one runtime: partner defaults, narrowed by the tier and the Assistant's own spec. */
public final class RuntimeConfigs {

    private RuntimeConfigs() {
    }

    public static RuntimeConfig of(Assistant assistant, PartnerEnvironment env, PartnerEnvironment.Tier tier,
            AssistantTemplateSpec template, BrandStatus brand, List<Channel> channels, String revision) {
        AssistantSpec spec = assistant.getSpec();
        String name = assistant.getMetadata().getName();
        String publicUrl = env.assistantUrl(name);
        return new RuntimeConfig(
                new RuntimeConfig.AssistantRef(assistant.getMetadata().getNamespace(), name, spec.getCustomerId(),
                        revision),
                spec.getCompanyName(),
                spec.getWebsite(),
                publicUrl,
                channels,
                brand,
                template,
                crawl(spec.getCrawl(), env.crawl(), tier),
                allowedOrigins(spec.getWebsite(), publicUrl),
                new RuntimeConfig.RateLimits(tier.rateLimits().perKeyPerMinute(),
                        tier.rateLimits().perClientPerMinute()),
                env.runtime().bridgeUrl(),
                blankToNull(env.runtime().inferenceUrl()),
                RuntimeDeployment.DATA_DIR);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The channels the assistant runs: spec.channels when set, else the tier's. */
    public static List<Channel> channels(AssistantSpec spec, PartnerEnvironment.Tier tier) {
        return spec.getChannels() == null || spec.getChannels().isEmpty() ? tier.channels() : spec.getChannels();
    }

    static RuntimeConfig.Crawl crawl(CrawlSpec spec, PartnerEnvironment.CrawlDefaults defaults,
            PartnerEnvironment.Tier tier) {
        CrawlSpec s = spec == null ? new CrawlSpec() : spec;
        int maxPages = Math.min(s.getMaxPages() != null ? s.getMaxPages() : defaults.maxPages(), tier.maxPages());
        return new RuntimeConfig.Crawl(s.getCadence() != null ? s.getCadence() : defaults.cadence(), maxPages,
                s.getInclude(), s.getExclude(), defaults.allowLoopback(), defaults.userAgent(),
                defaults.allowedNetworks());
    }

    /**
     * The customer's site (with and without {@code www.}) embeds the channels; the assistant's own origin serves the
     * QA preview.
     */
    static List<String> allowedOrigins(String website, String publicUrl) {
        Set<String> origins = new LinkedHashSet<>();
        URI site = URI.create(website);
        origins.add(origin(site, site.getHost()));
        String host = site.getHost();
        if (host.chars().anyMatch(Character::isLetter)) { // a name, not an address
            origins.add(origin(site, host.startsWith("www.") ? host.substring(4) : "www." + host));
        }
        origins.add(origin(URI.create(publicUrl), URI.create(publicUrl).getHost()));
        return List.copyOf(origins);
    }

    private static String origin(URI uri, String host) {
        return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
