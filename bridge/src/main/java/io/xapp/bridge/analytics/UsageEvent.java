package io.xapp.bridge.analytics;

import java.time.Instant;

/** One recorded interaction, as the runtime reports it; {@code query} is already normalised (or null). */
public record UsageEvent(String eventId, String sessionId, String userId, String channel, String query,
                         boolean noContent, Instant at) {
}
