package io.xapp.inference.web;

import io.xapp.inference.batch.BusyException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal and failure as {@code {"error": "..."}} with its status. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        Response.ResponseBuilder r = error(e.status(), e.getMessage());
        if (e.status() == 401) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return r.build();
    }

    @ServerExceptionMapper
    public Response busy(BusyException e) {
        return error(503, e.getMessage()).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response loading(ModelLoadingException e) {
        return error(503, e.getMessage()).header(HttpHeaders.RETRY_AFTER, 5).build();
    }

    /** The model itself failed: not the client's fault, and worth a log line. */
    @ServerExceptionMapper
    public Response failed(IllegalStateException e) {
        LOG.error("embedding failed", e);
        return error(500, e.getMessage()).build();
    }

    private static Response.ResponseBuilder error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message));
    }
}
