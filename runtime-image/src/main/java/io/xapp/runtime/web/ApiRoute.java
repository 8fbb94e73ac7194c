package io.xapp.runtime.web;

import io.xapp.api.v1alpha1.Channel;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The channel each public API path belongs to: the widget's key opens chat and calls to action, search's search. */
final class ApiRoute {

    private static final Map<String, Set<Channel>> CHANNELS = Map.of(
            "/api/config", Set.of(Channel.WIDGET, Channel.SEARCH),
            "/api/chat", Set.of(Channel.WIDGET),
            "/api/leads", Set.of(Channel.WIDGET),
            "/api/booking/slots", Set.of(Channel.WIDGET),
            "/api/bookings", Set.of(Channel.WIDGET),
            "/api/search", Set.of(Channel.SEARCH, Channel.WIDGET),
            "/api/suggest", Set.of(Channel.SEARCH, Channel.WIDGET));

    private ApiRoute() {
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    /** The channels whose key may call {@code path}; empty for an unknown path (left to 404). */
    static Optional<Set<Channel>> channelsFor(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return Optional.ofNullable(CHANNELS.get(p));
    }
}
