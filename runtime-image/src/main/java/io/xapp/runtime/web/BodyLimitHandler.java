package io.xapp.runtime.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses a request body larger than the runtime accepts ({@code quarkus.http.limits.max-body-size}: a chat message,
 * a lead form) with 413 and a JSON error that names the limit, where Quarkus alone would answer an empty 413 and drop
 * the connection. A declared Content-Length is judged before anything is read; a chunked body is read here, up to
 * the limit, and handed on as read.
 */
final class BodyLimitHandler implements Handler<RoutingContext> {

    private final long limit;
    private final BodyHandler chunked;

    BodyLimitHandler(long limit) {
        this.limit = limit;
        this.chunked = BodyHandler.create(false).setBodyLimit(limit);
    }

    @Override
    public void handle(RoutingContext rc) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length = parse(declared);
            if (length > limit) {
                refuse(rc, "the request body has " + length + " bytes, more");
                return;
            }
            rc.next();
        } else if (rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
            chunked.handle(rc); // fails the request with 413 past the limit: see onFailure
        } else {
            rc.next();
        }
    }

    /** Failure handler: the 413 of a chunked body that went past the limit. */
    void onFailure(RoutingContext rc) {
        if (rc.statusCode() == 413 && !rc.response().headWritten()) {
            refuse(rc, "the request body is larger");
        } else {
            rc.next();
        }
    }

    private void refuse(RoutingContext rc, String what) {
        ApiAccessHandler.reject(rc, 413, what + " than this assistant accepts: at most " + limit + " bytes ("
                + limit / 1024 + " KiB) per request");
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
