package io.xapp.bridge.analytics;

import java.time.Instant;
import java.util.List;

/** One recorded interaction, as the runtime reports it; {@code query} is already normalised (or null). */
public record UsageEvent(String eventId, String sessionId, String userId, String channel, String query,
                         boolean noContent, Instant at) {

    /** The channels a runtime reports usage for. */
    public static final List<String> CHANNELS = List.of("widget", "search");
}
