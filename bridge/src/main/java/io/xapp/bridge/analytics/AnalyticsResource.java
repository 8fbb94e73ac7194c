package io.xapp.bridge.analytics;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /v1/partners/{partnerId}/customers/{customerId}/analytics?startDate=&endDate=} with {@code X-Api-Key}. */
@Path("/v1/partners/{partnerId}/customers/{customerId}/analytics")
public class AnalyticsResource {

    @Inject
    AnalyticsService analytics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("partnerId") String partnerId, @PathParam("customerId") String customerId,
                        @QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
                        @HeaderParam("X-Api-Key") String apiKey) {
        return Response.ok(analytics.report(apiKey, partnerId, customerId, startDate, endDate)).build();
    }
}
