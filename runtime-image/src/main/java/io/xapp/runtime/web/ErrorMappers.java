package io.xapp.runtime.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.xapp.api.json.JsonProblem;
import io.xapp.runtime.bridge.BridgeException;
import io.xapp.runtime.content.NotReadyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors as JSON {"error": "..."} a visitor-facing script can show; details stay in the log. A body that is not JSON,
 * or has a field of the wrong type, is a 400 that says which ({@link JsonProblem}), never a bare "Bad Request".
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response notReady(NotReadyException e) {
        return json(503, e.getMessage()).header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response bridge(BridgeException e) {
        LOG.warnf("bridge call failed: %s", e.getMessage());
        if (!e.retryable() && e.status() >= 400 && e.status() < 500 && e.status() != 401 && e.status() != 403) {
            return json(400, "the request was not accepted; please check the details and try again").build();
        }
        return json(502, "we could not pass this on right now; please try again in a moment").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(400, JsonProblem.describe(json)).build();
        }
        String message = status == 400 && e.getMessage() != null ? e.getMessage()
                : e.getResponse().getStatusInfo().getReasonPhrase();
        return json(status, message).build();
    }

    /** Named for the types Quarkus maps itself (to an empty 400), so that these mappers win. */
    @ServerExceptionMapper
    public Response notJson(JsonParseException e) {
        return json(400, JsonProblem.describe(e)).build();
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return json(400, JsonProblem.describe(e)).build();
    }

    private static Response.ResponseBuilder json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message));
    }
}
