package io.xapp.bridge.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The bridge's database: an H2 file on a volume by default, PostgreSQL in production (same migrations). The URL
 * alone picks the driver.
 */
public record StoreSettings(
        @JsonProperty("url") String url,
        @JsonProperty("username") String username,
        @JsonProperty("password") SecretRef password,
        @JsonProperty("maxPoolSize") Integer maxPoolSize) {

    public static final String DEFAULT_URL = "jdbc:h2:file:/var/lib/xapp-bridge/bridge";
    public static final StoreSettings DEFAULT = new StoreSettings(null, null, null, null);

    public StoreSettings {
        url = url == null ? DEFAULT_URL : url;
        // The event workers (events.concurrency) hold one each while they write, the rest serve HTTP and workers.
        maxPoolSize = maxPoolSize == null ? 24 : maxPoolSize;
    }

    void validate(List<String> problems) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            problems.add("store.url must be a jdbc:h2: or jdbc:postgresql: URL, got " + url);
        }
        BridgeConfig.inRange(problems, "store.maxPoolSize", maxPoolSize, 2, 64);
    }
}
