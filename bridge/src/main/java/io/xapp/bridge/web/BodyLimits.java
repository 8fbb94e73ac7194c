package io.xapp.bridge.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.xapp.bridge.config.BridgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over its path's limit with 413 and a JSON error naming the limit, before the body is read: a partner
 * event over {@code webhook.maxBodyBytes}, anything else over {@code quarkus.http.limits.max-body-size} (where Quarkus
 * alone answers an empty 413 and drops the connection). A chunked body is read here up to the limit.
 */
@ApplicationScoped
public class BodyLimits {

    /** Before Quarkus's own body limit (route order -2) and its REST routes. */
    private static final int ORDER = -10_000;
    private static final String EVENTS_PATH = "/v1/events";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router, BridgeConfig config) {
        Limit events = new Limit(config.webhook().maxBodyBytes());
        Limit other = new Limit(maxBodySize.asLongValue());
        router.route().order(ORDER).handler(rc -> (EVENTS_PATH.equals(rc.request().path()) ? events : other)
                .check(rc)).failureHandler(rc -> (EVENTS_PATH.equals(rc.request().path()) ? events : other)
                .onFailure(rc));
    }

    private static final class Limit {

        private final long bytes;
        private final BodyHandler chunked;

        Limit(long bytes) {
            this.bytes = bytes;
            this.chunked = BodyHandler.create(false).setBodyLimit(bytes);
        }

        void check(RoutingContext rc) {
            String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length = declared == null ? -1 : parse(declared);
            if (length > bytes) {
                refuse(rc, "the body has " + length + " bytes, more");
            } else if (declared == null
                    && rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
                chunked.handle(rc); // past the limit it fails the request with 413: onFailure answers
            } else {
                rc.next();
            }
        }

        void onFailure(RoutingContext rc) {
            if (rc.statusCode() == 413 && !rc.response().headWritten()) {
                refuse(rc, "the body is larger");
            } else {
                rc.next();
            }
        }

        private void refuse(RoutingContext rc, String what) {
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("error", what + " than the limit of " + bytes + " bytes").encode());
        }

        private static long parse(String contentLength) {
            try {
                return Long.parseLong(contentLength.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
