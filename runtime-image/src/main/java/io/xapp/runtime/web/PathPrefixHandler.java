package io.xapp.runtime.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves every path also under "/&lt;assistant name&gt;/": the Ingress forwards that prefix without rewriting, so the
 * request is routed again without it. All but the metrics: the prefix is the public path, and how many questions
 * the assistant answered, how, and the JVM's memory are the platform's to read (its Prometheus reaches the pod
 * directly, without the prefix), not every visitor's.
 */
final class PathPrefixHandler implements Handler<RoutingContext> {

    private static final String METRICS = "/q/metrics";

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
            String unprefixed = path.substring(prefix.length());
            if (unprefixed.equals(METRICS) || unprefixed.startsWith(METRICS + "/")) {
                rc.response().setStatusCode(404).end();
                return;
            }
            String query = rc.request().query();
            rc.reroute(unprefixed + (query == null ? "" : "?" + query));
            return;
        }
        rc.next();
    }
}
