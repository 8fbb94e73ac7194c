package io.xapp.runtime.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Where the runtime's settings come from. In a pod: the operator's ConfigMap file and Secret directory. Locally:
 * the same file and directory, or env vars (XAPP_CONFIG_FILE, XAPP_CONFIG with the JSON inline, XAPP_WIDGET_KEY,
 * ...), and a few env overrides (XAPP_WEBSITE, XAPP_DATA_DIR, ...) for running against a site without a file.
 */
@ConfigMapping(prefix = "xapp")
public interface XappProperties {

    /** The operator's config.json (RuntimeConfig). Missing is fine when {@link #config()} or overrides are set. */
    @WithDefault(io.xapp.api.runtime.RuntimeConfig.DEFAULT_CONFIG_FILE)
    String configFile();

    /**
     * The pre-review checklist the operator writes into the same ConfigMap (QaChecklist); default: qa-checks.json
     * beside {@link #configFile()}. Read on every preview request, so the kubelet's refresh of the file shows.
     */
    Optional<String> qaChecksFile();

    /** The RuntimeConfig JSON inline (XAPP_CONFIG), instead of a file. */
    Optional<String> config();

    /** The Secret's mount: one file per key of RuntimeSecrets. */
    @WithDefault(io.xapp.api.runtime.RuntimeSecrets.DEFAULT_DIR)
    String secretsDir();

    Optional<String> widgetKey();

    Optional<String> searchKey();

    Optional<String> bridgeToken();

    Optional<String> previewToken();

    /** Overrides RuntimeConfig.website. */
    Optional<String> website();

    /** Overrides RuntimeConfig.dataDir. */
    Optional<String> dataDir();

    /** Overrides RuntimeConfig.bridgeUrl. */
    Optional<String> bridgeUrl();

    /** Overrides RuntimeConfig.inferenceUrl: the sentence-embedding service (XAPP_INFERENCE_URL). */
    Optional<String> inferenceUrl();

    /** Overrides RuntimeConfig.allowedOrigins (comma-separated). */
    Optional<List<String>> allowedOrigins();

    /** Overrides RuntimeConfig.assistant.name, the path prefix the runtime also serves under. */
    Optional<String> assistantName();

    /** Overrides RuntimeConfig.crawl.allowLoopback: crawl a site on 127.0.0.1 (local runs and tests only). */
    Optional<Boolean> crawlAllowLoopback();

    /**
     * How often an index with passages left without a vector (the inference service was away) checks whether the
     * service is back to embed them.
     */
    @WithDefault("1m")
    java.time.Duration vectorCheckInterval();

    /** Usage events are sent to the bridge at this interval. */
    @WithDefault("10s")
    java.time.Duration usageFlushInterval();

    /** Usage events kept while the bridge is unreachable; the oldest are dropped beyond it. */
    @WithDefault("10000")
    int usageBufferSize();
}
