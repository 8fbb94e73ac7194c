package io.xapp.bridge.intake;

import io.xapp.api.hash.Sha256;
import io.xapp.bridge.events.EventSource;
import io.xapp.bridge.events.InvalidEventException;
import io.xapp.bridge.web.ApiError;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * {@code POST /v1/events}: partner events sent directly (signed) or through an EventBridge API destination (API
 * key). Answers 202 with what happened, 400 with the reason for a malformed event, 401 for bad credentials, 413 for
 * an oversized body and 503 when the event could not be applied right now (send it again).
 */
@Path("/v1/events")
public class WebhookResource {

    private static final Logger LOG = Logger.getLogger(WebhookResource.class);

    @Inject
    WebhookReceiver receiver;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(byte[] body, @Context HttpHeaders headers) {
        return receiver.receive(body, headers::getHeaderString);
    }

    /** The logic behind the resource, free of JAX-RS so that it is plain to test and to wire. */
    public static final class WebhookReceiver {

        private final WebhookAuthenticator authenticator;
        private final EventIntake intake;
        private final int maxBodyBytes;
        private final String apiKeyHeader;

        public WebhookReceiver(WebhookAuthenticator authenticator, EventIntake intake, int maxBodyBytes,
                               String apiKeyHeader) {
            this.authenticator = authenticator;
            this.intake = intake;
            this.maxBodyBytes = maxBodyBytes;
            this.apiKeyHeader = apiKeyHeader;
        }

        /** {@code headers} looks a request header up by name. */
        public Response receive(byte[] body, Function<String, String> headers) {
            String id = headers.apply(WebhookAuthenticator.ID_HEADER);
            String timestamp = headers.apply(WebhookAuthenticator.TIMESTAMP_HEADER);
            String signature = headers.apply(WebhookAuthenticator.SIGNATURE_HEADER);
            String apiKey = headers.apply(apiKeyHeader);
            if (body != null && body.length > maxBodyBytes) {
                return ApiError.response(413, "the body has " + body.length + " bytes, more than the limit of "
                        + maxBodyBytes);
            }
            byte[] b = body == null ? new byte[0] : body;
            WebhookAuthenticator.Caller caller;
            try {
                caller = authenticator.authenticate(id, timestamp, signature, apiKey, b);
            } catch (WebhookAuthException e) {
                LOG.warnf("refused a partner call (event id %s): %s", id, e.getMessage());
                return ApiError.response(401, e.getMessage());
            }
            String transportId = caller.requestId() != null ? caller.requestId() : "sha256:" + Sha256.hex(b);
            try {
                EventIntake.Result r = intake.accept(b, new EventSource(transportId, caller.signedAt()));
                return Response.accepted(new Accepted(r.eventId(), r.outcome().name().toLowerCase())).build();
            } catch (InvalidEventException e) {
                return ApiError.response(400, e.getMessage());
            } catch (RuntimeException e) {
                LOG.errorf(e, "event %s could not be applied now", transportId);
                return Response.status(503).header("Retry-After", "30").type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ApiError("the event could not be applied right now (" + e.getMessage()
                                + "); send it again with the same id")).build();
            }
        }
    }

    /** The 202 answer: the event id the bridge keyed it by, and applied, remembered, duplicate or stale. */
    public record Accepted(String eventId, String status) {
    }
}
