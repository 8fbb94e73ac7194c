package io.xapp.bridge.relay;

import io.xapp.bridge.web.RequestException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.bridge.kube.AssistantRef;
import io.xapp.bridge.kube.CustomerAssistants;
import io.xapp.bridge.web.ApiError;
import io.xapp.bridge.web.AssistantCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runtime to bridge (docs/contracts.md): leads, bookings and slot look-ups of one Assistant, authenticated with the
 * Assistant's bridge token; and for the operator's pre-review checks, the partner APIs' configuration and a dry run.
 */
@Path("/internal/v1/assistants/{namespace}/{name}")
@Produces(MediaType.APPLICATION_JSON)
public class RelayResource {

    @Inject
    RelayService relay;
    @Inject
    AssistantCaller caller;
    @Inject
    CustomerAssistants customers;

    @POST
    @Path("leads")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lead(@PathParam("namespace") String ns, @PathParam("name") String name,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, ObjectNode body) {
        return accept(RelayKind.LEAD, "accepted", ns, name, auth, body);
    }

    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response booking(@PathParam("namespace") String ns, @PathParam("name") String name,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, ObjectNode body) {
        return accept(RelayKind.BOOKING, "requested", ns, name, auth, body);
    }

    /** 202 both for a new item and for one accepted before: the runtime retries with the same id. */
    private Response accept(RelayKind kind, String status, String ns, String name, String auth, ObjectNode body) {
        return handle(ns, name, auth, customer -> {
            relay.accept(kind, ns, name, customer, body);
            return Response.accepted(Map.of(kind.idField(), body.path(kind.idField()).asText(), "status", status))
                    .build();
        });
    }

    @GET
    @Path("booking/slots")
    public Response slots(@PathParam("namespace") String ns, @PathParam("name") String name,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @QueryParam("from") String from,
                          @QueryParam("days") Integer days) {
        return handle(ns, name, auth, customer -> {
            if (from == null) {
                throw new RequestException(400, "from is required (an ISO date such as 2026-03-01)");
            }
            return Response.ok(relay.slots(customer, from, days == null ? 7 : days)).build();
        });
    }

    /** The QA pre-review checks ask the operator's way: which partner APIs serve this Assistant's calls to action. */
    @GET
    @Path("partner-api")
    public Response partnerApi(@PathParam("namespace") String ns, @PathParam("name") String name,
                               @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        return handle(ns, name, auth, customer -> Response.ok(relay.partnerApiEndpoints()).build());
    }

    /** {@code {"calls": ["leads", "slots", "bookings"], "reference": "<QA revision>"}}: a dry run of each. */
    @POST
    @Path("partner-api/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dryRun(@PathParam("namespace") String ns, @PathParam("name") String name,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, ObjectNode body) {
        return handle(ns, name, auth, customer -> {
            if (body == null || !body.path("calls").isArray()) {
                throw new RequestException(400, "calls is required: the partner APIs to try, among leads, slots, "
                        + "bookings");
            }
            List<String> calls = new ArrayList<>();
            body.path("calls").forEach(c -> calls.add(c.asText()));
            return Response.ok(relay.dryRun(calls, ns, name, customer, body.path("reference").asText(null))).build();
        });
    }

    private Response handle(String ns, String name, String auth, Function<String, Response> work) {
        if (!caller.verify(ns, name, auth)) {
            return ApiError.response(401, "a valid bridge token for Assistant " + ns + "/" + name + " is required "
                    + "(Authorization: Bearer <bridge-token>)");
        }
        Optional<String> customer = customers.customerOf(new AssistantRef(ns, name));
        if (customer.isEmpty()) {
            return ApiError.response(404, "Assistant " + ns + "/" + name + " does not exist, or it does not hold its "
                    + "customer (another Assistant does: see its Ready condition)");
        }
        return work.apply(customer.get());
    }
}
