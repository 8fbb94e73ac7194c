package io.xapp.bridge.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.bridge.web.ApiError;
import io.xapp.bridge.web.AssistantCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Runtime to bridge: {@code POST /internal/v1/assistants/{namespace}/{name}/usage}, with the bridge token. */
@Path("/internal/v1/assistants/{namespace}/{name}/usage")
public class UsageResource {

    @Inject
    AnalyticsService analytics;
    @Inject
    AssistantCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response usage(@PathParam("namespace") String ns, @PathParam("name") String name,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, JsonNode body) {
        if (!caller.verify(ns, name, auth)) {
            return ApiError.response(401, "a valid bridge token for Assistant " + ns + "/" + name + " is required");
        }
        return Response.accepted(Map.of("accepted", analytics.ingest(ns, name, body))).build();
    }
}
