package io.xapp.bridge.relay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.bridge.config.PartnerApiSettings;
import io.xapp.bridge.config.PartnerApiSettings.Endpoint;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.web.RequestException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The QA pre-review check of the partner's APIs for one Assistant (docs/contracts.md, "Operator to bridge"): which
 * endpoints are configured, and a dry run of each: a slot look-up (it changes nothing), and a lead and a booking
 * that the partner's API contract marks as a test ({@code partnerApi.<call>.test}). Without such a marker a lead or
 * booking is not sent, since it would be a real one; the outcome says so. Dry runs bypass the outbox: they are
 * answered now, never retried.
 */
final class PartnerApiDryRun {

    static final String ACCEPTED = "accepted";
    static final String REFUSED = "refused";
    static final String UNREACHABLE = "unreachable";
    static final String UNTESTABLE = "untestable";
    static final String NOT_CONFIGURED = "notConfigured";
    private static final List<String> CALLS = List.of("leads", "slots", "bookings");

    private final PartnerApiSettings settings;
    private final PartnerApiClient client;
    private final SlotLookup slots;
    private final Clock clock;

    PartnerApiDryRun(PartnerApiSettings settings, PartnerApiClient client, SlotLookup slots, Clock clock) {
        this.settings = settings;
        this.client = client;
        this.slots = slots;
        this.clock = clock;
    }

    /** {@code {"endpoints": {"leads": {"configured", "host", "testMarker"}, "bookings": ..., "slots": ...}}} */
    ObjectNode endpoints() {
        ObjectNode out = Json.object();
        ObjectNode endpoints = out.putObject("endpoints");
        for (String call : CALLS) {
            Endpoint e = endpoint(call);
            ObjectNode n = endpoints.putObject(call).put("configured", e != null);
            if (e != null) {
                n.put("host", URI.create(e.url()).getHost());
                if (e.test() != null) {
                    n.put("testMarker", e.test().describe());
                }
            }
        }
        return out;
    }

    /**
     * @param calls     which of leads, slots, bookings to try
     * @param reference names the run in ids and idempotency keys (the operator sends the QA revision)
     */
    ObjectNode run(List<String> calls, String namespace, String name, String customerId, String reference) {
        for (String call : calls) {
            if (!CALLS.contains(call)) {
                throw new RequestException(400, "calls must be among " + CALLS + ", got '" + call + "'");
            }
        }
        ObjectNode out = Json.object();
        ArrayNode results = out.putArray("results");
        String ref = reference == null || reference.isBlank() ? "manual" : reference.replaceAll("[^A-Za-z0-9-]", "");
        String id = "qa-dry-run-" + namespace + "-" + name + "-" + ref;
        ObjectNode slot = null;
        for (String call : CALLS.stream().filter(calls::contains).toList()) {
            ObjectNode result = results.addObject().put("call", call);
            if (endpoint(call) == null) {
                result.put("outcome", NOT_CONFIGURED).put("detail", "partnerApi." + call + " is not configured");
            } else if (call.equals("slots")) {
                slot = slots(customerId, result);
            } else {
                post(call, id, customerId, slot, result);
            }
        }
        return out;
    }

    /** A live look-up of the next week's slots; returns the first one, for the booking's dry run. */
    private ObjectNode slots(String customerId, ObjectNode result) {
        try {
            ObjectNode answer = slots.slots(customerId, LocalDate.now(clock).toString(), 7);
            int n = answer.path("slots").size();
            result.put("outcome", ACCEPTED).put("detail", "the slots API answered with " + n + " open slot"
                    + (n == 1 ? "" : "s") + " in the next 7 days");
            return n > 0 ? (ObjectNode) answer.path("slots").get(0) : null;
        } catch (RequestException e) {
            result.put("outcome", e.status() == 502 && e.getMessage().contains("unreachable") ? UNREACHABLE : REFUSED)
                    .put("detail", e.getMessage());
            return null;
        }
    }

    private void post(String call, String id, String customerId, ObjectNode slot, ObjectNode result) {
        Endpoint endpoint = endpoint(call);
        boolean lead = call.equals("leads");
        String what = lead ? "lead" : "booking";
        if (endpoint.test() == null) {
            result.put("outcome", UNTESTABLE).put("detail", "partnerApi." + call + " names no test marker, so a "
                    + "dry run would create a real " + what + " for customer " + customerId + "; if the partner's API "
                    + "honours one, set partnerApi." + call + ".test (docs/bridge.md)");
            return;
        }
        Map<String, Object> constants = new HashMap<>(endpoint.constants());
        Map<String, String> headers = new HashMap<>();
        if (endpoint.test().header() != null) {
            headers.put(endpoint.test().header(), String.valueOf(endpoint.test().value()));
        } else {
            constants.put(endpoint.test().field(), endpoint.test().value());
        }
        ObjectNode body = FieldMapper.map(lead ? lead(id, customerId) : booking(id, customerId, slot),
                endpoint.mapping(), constants);
        try {
            PartnerApiClient.Answer answer = client.post(call, endpoint, body, what + "-" + id, headers);
            if (answer.ok()) {
                result.put("outcome", ACCEPTED).put("status", answer.status()).put("detail", "the partner's API "
                        + "accepted a test " + what + " (HTTP " + answer.status() + ", " + endpoint.test().describe()
                        + ")");
            } else {
                result.put("outcome", REFUSED).put("status", answer.status()).put("detail", "the partner's API "
                        + "refused a test " + what + " (" + endpoint.test().describe() + "): HTTP " + answer.status()
                        + " " + abbreviate(answer.body()));
            }
        } catch (IOException e) {
            result.put("outcome", UNREACHABLE).put("detail", "the partner's " + call + " API at "
                    + URI.create(endpoint.url()).getHost() + " is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestException(503, "interrupted");
        }
    }

    private ObjectNode lead(String id, String customerId) {
        return Json.object().put("leadId", id).put("sessionId", id).put("name", "XAPP pre-review check")
                .put("email", "qa-check@xapp.invalid").put("phone", "")
                .put("message", "A test request from XAPP's pre-review checks; please discard it.")
                .put("createdAt", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString())
                .put("customerId", customerId);
    }

    private ObjectNode booking(String id, String customerId, ObjectNode slot) {
        Instant start = LocalDate.now(clock).plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
        return Json.object().put("bookingId", id).put("sessionId", id).put("name", "XAPP pre-review check")
                .put("email", "qa-check@xapp.invalid").put("phone", "")
                .put("slotStart", slot != null ? slot.path("start").asText() : start.toString())
                .put("slotEnd", slot != null ? slot.path("end").asText() : start.plus(30, ChronoUnit.MINUTES).toString())
                .put("note", "A test request from XAPP's pre-review checks; please discard it.")
                .put("customerId", customerId);
    }

    private Endpoint endpoint(String call) {
        return switch (call) {
            case "leads" -> settings.leads();
            case "bookings" -> settings.bookings();
            default -> settings.slots();
        };
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
