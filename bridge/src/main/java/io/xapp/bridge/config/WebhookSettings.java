package io.xapp.bridge.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.xapp.api.time.Durations;
import java.time.Duration;
import java.util.List;

/**
 * The HTTPS receiver: HMAC secrets (several at once, so a secret can be rotated without downtime), static API keys
 * for EventBridge API destinations, the replay window and the body limit.
 */
public record WebhookSettings(
        @JsonProperty("secrets") List<SecretRef> secrets,
        @JsonProperty("apiKeys") List<SecretRef> apiKeys,
        @JsonProperty("apiKeyHeader") String apiKeyHeader,
        @JsonProperty("replayWindow") String replayWindow,
        @JsonProperty("maxBodyBytes") Integer maxBodyBytes) {

    public static final WebhookSettings NONE = new WebhookSettings(null, null, null, null, null);

    public WebhookSettings {
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        apiKeyHeader = apiKeyHeader == null ? "X-Api-Key" : apiKeyHeader;
        replayWindow = replayWindow == null ? "5m" : replayWindow;
        maxBodyBytes = maxBodyBytes == null ? 64 * 1024 : maxBodyBytes;
    }

    public Duration replayWindowDuration() {
        return Durations.parse(replayWindow);
    }

    void validate(List<String> problems) {
        try {
            replayWindowDuration();
        } catch (IllegalArgumentException e) {
            problems.add("webhook.replayWindow: " + e.getMessage());
        }
        BridgeConfig.inRange(problems, "webhook.maxBodyBytes", maxBodyBytes, 1024, 1024 * 1024);
    }
}
