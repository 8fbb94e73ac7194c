package io.xapp.bridge.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Who may read analytics: API keys, each bound to one partner id. */
public record AnalyticsSettings(
        @JsonProperty("apiKeys") List<PartnerKey> apiKeys,
        @JsonProperty("topQueries") Integer topQueries) {

    public static final AnalyticsSettings NONE = new AnalyticsSettings(null, null);

    public AnalyticsSettings {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        topQueries = topQueries == null ? 10 : topQueries;
    }

    public record PartnerKey(@JsonProperty("partnerId") String partnerId, @JsonProperty("key") SecretRef key) {
    }

    void validate(List<String> problems) {
        for (int i = 0; i < apiKeys.size(); i++) {
            PartnerKey k = apiKeys.get(i);
            if (k.partnerId() == null || k.partnerId().isBlank() || k.key() == null) {
                problems.add("analytics.apiKeys[" + i + "] needs partnerId and key");
            }
        }
        BridgeConfig.inRange(problems, "analytics.topQueries", topQueries, 1, 100);
    }
}
