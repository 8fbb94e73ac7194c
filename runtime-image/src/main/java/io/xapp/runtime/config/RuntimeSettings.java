package io.xapp.runtime.config;

import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Channel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the runtime was told, checked and with defaults filled in: the operator's {@link RuntimeConfig} plus
 * the Secret's keys.
 *
 * @param pathPrefix "/&lt;assistant name&gt;" (the Ingress forwards that prefix unchanged), or empty
 * @param dataDir    where the index and the last crawl are kept; survives restarts when it is a volume
 * @param inferenceUrl the partner environment's sentence-embedding service; empty: answers from BM25 alone
 */
public record RuntimeSettings(RuntimeConfig config, Secrets secrets, URI website, Optional<String> pathPrefix,
                              Path dataDir, List<String> allowedOrigins, RuntimeConfig.RateLimits rateLimits,
                              Duration crawlCadence, AssistantTemplateSpec template, BrandStatus brand,
                              Optional<URI> inferenceUrl) {

    public RuntimeSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public boolean has(Channel channel) {
        return config.channels().isEmpty() || config.has(channel);
    }

    /** The business's name as the assistant shows it. */
    public String companyName() {
        if (brand.getName() != null && !brand.getName().isBlank()) {
            return brand.getName();
        }
        return config.companyName() != null ? config.companyName() : website.getHost();
    }

    public Optional<String> bridgeUrl() {
        return Optional.ofNullable(config.bridgeUrl()).filter(u -> !u.isBlank());
    }

    /** Text from the template with {company} filled in. */
    public String personalize(String text) {
        return text == null ? null : text.replace("{company}", companyName());
    }
}
