package io.xapp.runtime.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries. The channel scripts must load on customers' pages, so they are marked
 * cross-origin; nothing of ours may be framed except where a page says otherwise.
 */
final class SecurityHeadersHandler implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext rc) {
        var headers = rc.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String path = rc.request().path();
        if (path.endsWith(".js")) {
            headers.set("Cross-Origin-Resource-Policy", "cross-origin");
            headers.set(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        }
        rc.next();
    }
}
