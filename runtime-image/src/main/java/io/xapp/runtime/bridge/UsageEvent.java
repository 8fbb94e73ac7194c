package io.xapp.runtime.bridge;

/**
 * One visitor query, for the partner's analytics.
 *
 * @param channel widget or search
 * @param at      ISO-8601 instant
 */
public record UsageEvent(String eventId, String sessionId, String userId, String channel, String query,
                         boolean noContent, String at) {
}
