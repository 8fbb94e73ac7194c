package io.xapp.api.runtime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Channel;
import java.util.List;

/**
 * What the operator tells one customer's runtime: the contract between the operator's ConfigMap (key
 * {@value #CONFIG_KEY}) and the runtime. Secrets travel separately (see {@link RuntimeSecrets}).
 * {@code inferenceUrl}: the partner environment's inference service ({@code POST <inferenceUrl>/v1/embeddings},
 * docs/contracts.md), absent when it runs none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuntimeConfig(
        @JsonProperty("assistant") AssistantRef assistant,
        @JsonProperty("companyName") String companyName,
        @JsonProperty("website") String website,
        @JsonProperty("publicUrl") String publicUrl,
        @JsonProperty("channels") List<Channel> channels,
        @JsonProperty("brand") BrandStatus brand,
        @JsonProperty("template") AssistantTemplateSpec template,
        @JsonProperty("crawl") Crawl crawl,
        @JsonProperty("allowedOrigins") List<String> allowedOrigins,
        @JsonProperty("rateLimits") RateLimits rateLimits,
        @JsonProperty("bridgeUrl") String bridgeUrl,
        @JsonProperty("inferenceUrl") String inferenceUrl,
        @JsonProperty("dataDir") String dataDir) {

    /** ConfigMap key and file name of the serialized configuration. */
    public static final String CONFIG_KEY = "config.json";
    /** Where the runtime container finds the ConfigMap. */
    public static final String DEFAULT_CONFIG_FILE = "/etc/xapp/config/" + CONFIG_KEY;

    public RuntimeConfig {
        channels = channels == null ? List.of() : List.copyOf(channels);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    public boolean has(Channel channel) {
        return channels.contains(channel);
    }

    /** Stable JSON (sorted maps, indented) so an unchanged config renders byte-identical. */
    public String toJson() {
        return MountedJson.write(this);
    }

    public static RuntimeConfig fromJson(String json) {
        return MountedJson.read(json, RuntimeConfig.class, "runtime configuration");
    }

    /** Which Assistant this runtime serves, and the revision QA reviews. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssistantRef(
            @JsonProperty("namespace") String namespace,
            @JsonProperty("name") String name,
            @JsonProperty("customerId") String customerId,
            @JsonProperty("revision") String revision) {
    }

    /**
     * Crawl settings after the operator applied partner defaults, tier limits and spec.crawl.
     * {@code allowedNetworks}: the partner environment's {@code crawl.allowedNetworks} (CIDR), the only non-public
     * networks the runtime's crawler may reach.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Crawl(
            @JsonProperty("cadence") String cadence,
            @JsonProperty("maxPages") int maxPages,
            @JsonProperty("include") List<String> include,
            @JsonProperty("exclude") List<String> exclude,
            @JsonProperty("allowLoopback") boolean allowLoopback,
            @JsonProperty("userAgent") String userAgent,
            // Left out when empty, so the configs of environments that trust no network stay as they were.
            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            @JsonProperty("allowedNetworks") List<String> allowedNetworks) {

        public Crawl {
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
            allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
        }

        /** Trusting no non-public network. */
        public Crawl(String cadence, int maxPages, List<String> include, List<String> exclude, boolean allowLoopback,
                String userAgent) {
            this(cadence, maxPages, include, exclude, allowLoopback, userAgent, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RateLimits(
            @JsonProperty("perKeyPerMinute") int perKeyPerMinute,
            @JsonProperty("perClientPerMinute") int perClientPerMinute) {
    }
}
