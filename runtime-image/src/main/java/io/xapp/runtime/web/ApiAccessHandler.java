package io.xapp.runtime.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.runtime.config.Origins;
import io.xapp.runtime.config.RuntimeSettings;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Guards /api/*: answers CORS preflights, admits only allowed origins (or same-origin requests, such as the QA
 * preview's), requires the channel's public key in {@value #KEY_HEADER}, and applies the rate limits. Runs before
 * the REST layer, so rejected requests cost next to nothing.
 */
final class ApiAccessHandler implements Handler<RoutingContext> {

    static final String KEY_HEADER = "X-Xapp-Key";
    static final String CHANNEL = "xapp.channel";
    private static final String ALLOWED_HEADERS = "Content-Type, X-Xapp-Key, X-Xapp-Session, X-Xapp-User";

    private final RuntimeSettings settings;
    private final ChannelKeys keys;
    private final RateLimiter limiter;

    ApiAccessHandler(RuntimeSettings settings) {
        this.settings = settings;
        this.keys = new ChannelKeys(settings);
        this.limiter = new RateLimiter(settings.rateLimits());
    }

    @Override
    public void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!ApiRoute.isApi(request.path())) {
            rc.next();
            return;
        }
        rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader(HttpHeaders.VARY, "Origin");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !allowed(origin, request)) {
            reject(rc, 403, "origin " + origin + " is not allowed to use this assistant");
            return;
        }
        if (origin == null && !"same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
            reject(rc, 403, "requests must come from a page on an allowed origin (Origin header missing)");
            return;
        }
        if (origin != null) {
            rc.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        if (request.method() == HttpMethod.OPTIONS) {
            rc.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600")
                    .setStatusCode(204).end();
            return;
        }
        Optional<Set<Channel>> channels = ApiRoute.channelsFor(request.path());
        if (channels.isEmpty()) {
            rc.next();
            return;
        }
        String key = request.getHeader(KEY_HEADER);
        Optional<Channel> channel = keys.channelOf(key);
        if (channel.isEmpty()) {
            reject(rc, 401, key == null ? "the channel key is missing: send it in the " + KEY_HEADER + " header"
                    : "the channel key is not valid for this assistant");
            return;
        }
        if (!channels.get().contains(channel.get())) {
            reject(rc, 403, "the " + channel.get().id() + " key cannot call " + request.path());
            return;
        }
        OptionalLong wait = limiter.tryAcquire(key, request.remoteAddress() == null ? "unknown"
                : request.remoteAddress().hostAddress());
        if (wait.isPresent()) {
            rc.response().putHeader("Retry-After", Long.toString(wait.getAsLong()));
            reject(rc, 429, "too many requests; try again in " + wait.getAsLong() + " s");
            return;
        }
        rc.put(CHANNEL, channel.get());
        rc.next();
    }

    private boolean allowed(String origin, HttpServerRequest request) {
        Optional<String> normalized = Origins.of(origin);
        if (normalized.isEmpty()) {
            return false;
        }
        if (settings.allowedOrigins().contains(normalized.get())) {
            return true;
        }
        // Same origin as the runtime itself (the QA preview page): the browser's Origin names our own host.
        String host = request.authority() == null ? null : request.authority().toString();
        return host != null && normalized.get().endsWith("://" + host.toLowerCase(java.util.Locale.ROOT));
    }

    static void reject(RoutingContext rc, int status, String message) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("error", message).encode());
    }
}
