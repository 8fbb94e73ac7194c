package io.xapp.runtime.leads;

import io.xapp.runtime.bridge.BridgeClient;
import io.xapp.runtime.bridge.Lead;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** POST /api/leads: a visitor asks to be contacted; relayed to the bridge (and from there to the partner). */
@Path("/api/leads")
public class LeadResource {

    private final BridgeClient bridge;

    LeadResource(BridgeClient bridge) {
        this.bridge = bridge;
    }

    public record LeadRequest(String name, String email, String phone, String message, String sessionId,
                              String pageUrl) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> create(LeadRequest r) {
        if (r == null) {
            throw new BadRequestException("a JSON body with name, email or phone, and message is required");
        }
        ContactDetails.check(r.name(), r.email(), r.phone());
        ContactDetails.checkText("message", r.message(), ContactDetails.MAX_MESSAGE);
        String pageUrl = r.pageUrl() != null && r.pageUrl().matches("^https?://.{1,2000}$") ? r.pageUrl() : null;
        Lead lead = new Lead(UUID.randomUUID().toString(), r.sessionId(), r.name().strip(),
                ContactDetails.clean(r.email()), ContactDetails.clean(r.phone()), ContactDetails.clean(r.message()),
                pageUrl, Instant.now().toString());
        return bridge.sendLead(lead).thenApply(accepted -> Response.accepted(
                Map.of("leadId", lead.leadId(), "status", accepted.status() == null ? "accepted" : accepted.status()))
                .build());
    }
}
