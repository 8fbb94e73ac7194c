package io.xapp.runtime.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves every path also under "/&lt;assistant name&gt;/": the Ingress forwards that prefix without rewriting, so the
 * request is routed again without it.
 */
final class PathPrefixHandler implements Handler<RoutingContext> {

    private final String prefix;

    PathPrefixHandler(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void handle(RoutingContext rc) {
        String path = rc.request().path();
        if (path.equals(prefix)) {
            rc.redirect(prefix + "/");
            return;
        }
        if (path.startsWith(prefix + "/")) {
            String query = rc.request().query();
            rc.reroute(path.substring(prefix.length()) + (query == null ? "" : "?" + query));
            return;
        }
        rc.next();
    }
}
