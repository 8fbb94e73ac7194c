package io.xapp.runtime.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.xapp.runtime.config.RuntimeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Installs the handlers that run before any resource: path prefix, security headers, API access control, the body
 * size limit.
 */
@ApplicationScoped
public class WebRoutes {

    /** Before Quarkus's own routes (REST, static resources, health) and its own body limit. */
    private static final int FIRST = -10_000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router, RuntimeSettings settings) {
        settings.pathPrefix().ifPresent(prefix -> router.route().order(FIRST).handler(new PathPrefixHandler(prefix)));
        router.route().order(FIRST + 1).handler(new SecurityHeadersHandler());
        router.route().order(FIRST + 2).handler(new ApiAccessHandler(settings));
        // After access control: a refused caller learns nothing more, an allowed origin gets its CORS headers.
        BodyLimitHandler bodyLimit = new BodyLimitHandler(maxBodySize.asLongValue());
        router.route().order(FIRST + 3).handler(bodyLimit).failureHandler(bodyLimit::onFailure);
    }
}
