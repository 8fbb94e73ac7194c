package io.xapp.inference.web;

import io.xapp.inference.app.InferenceConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body over {@code xapp.inference.max-body-bytes} by its Content-Length, before it is read; the resource
 * checks the bytes it got too, for bodies sent without a length.
 */
public class BodyLimit {

    private final InferenceConfig config;

    BodyLimit(InferenceConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public void checkDeclaredLength(ContainerRequestContext request) {
        if (request.getLength() > config.maxBodyBytes()) {
            throw exceeded(request.getLength(), config.maxBodyBytes());
        }
    }

    static ApiException exceeded(long length, int limit) {
        return new ApiException(413, "the body is " + length + " bytes, more than the limit of " + limit
                + "; send fewer or shorter texts per request");
    }
}
