package io.xapp.bridge.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.xapp.api.json.JsonProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refusal is answered as an {@link ApiError}: a request a resource refused ({@link RequestException}) with its
 * status and reason, and a JSON body the internal API cannot read (a runtime's lead, booking or usage batch) as a
 * 400 that says what is wrong ({@link JsonProblem}): not JSON and where, or which field has which type. Quarkus alone
 * answers an empty 400.
 */
public class JsonErrors {

    @ServerExceptionMapper
    public Response refused(RequestException e) {
        return ApiError.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response notJson(JsonParseException e) {
        return ApiError.response(400, JsonProblem.describe(e));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return ApiError.response(400, JsonProblem.describe(e));
    }

    /** Quarkus wraps what Jackson could not parse in a 400; everything else keeps its status and message. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return ApiError.response(400, JsonProblem.describe(json));
        }
        return ApiError.response(e.getResponse().getStatus(), e.getMessage());
    }
}
