package io.xapp.runtime.web;

import io.vertx.ext.web.Router;
import io.xapp.runtime.config.RuntimeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Installs the handlers that run before any resource: path prefix, security headers, API access control. */
@ApplicationScoped
public class WebRoutes {

    /** Before Quarkus's own routes (REST, static resources, health). */
    private static final int FIRST = -10_000;

    void install(@Observes Router router, RuntimeSettings settings) {
        settings.pathPrefix().ifPresent(prefix -> router.route().order(FIRST).handler(new PathPrefixHandler(prefix)));
        router.route().order(FIRST + 1).handler(new SecurityHeadersHandler());
        router.route().order(FIRST + 2).handler(new ApiAccessHandler(settings));
    }
}
