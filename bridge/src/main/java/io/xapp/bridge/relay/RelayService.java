package io.xapp.bridge.relay;

import io.xapp.bridge.web.RequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.bridge.config.PartnerApiSettings;
import io.xapp.bridge.config.PartnerApiSettings.Endpoint;
import io.xapp.bridge.store.Backoff;
import io.xapp.bridge.store.Database;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Leads and booking requests from runtimes to the partner's APIs. Accepting writes the item to the outbox (the
 * runtime gets its 202 only once it is durable); {@link #dispatch} delivers due items with an {@code Idempotency-Key}
 * header and marks each delivered as soon as the partner answered 2xx. Slots are looked up live.
 */
public final class RelayService {

    private static final Logger LOG = Logger.getLogger(RelayService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final PartnerApiSettings settings;
    private final PartnerApiClient client;
    private final Backoff backoff;
    private final Clock clock;
    private final PartnerApiDryRun dryRun;

    public RelayService(Database db, PartnerApiSettings settings, Backoff backoff, Clock clock) {
        this.outbox = new Outbox(db);
        this.settings = settings;
        this.client = new PartnerApiClient(settings.timeoutDuration());
        this.backoff = backoff;
        this.clock = clock;
        this.dryRun = new PartnerApiDryRun(settings, client, this, clock);
    }

    /** Which partner endpoints are configured, with their test markers (for the QA pre-review checks). */
    public ObjectNode partnerApiEndpoints() {
        return dryRun.endpoints();
    }

    /**
     * Tries the named partner endpoints for one Assistant now: a slot look-up, and a lead and a booking only where
     * the partner's API contract has a test marker (docs/bridge.md, "Partner API dry run").
     *
     * @throws RequestException (400) for an unknown call
     */
    public ObjectNode dryRun(List<String> calls, String namespace, String name, String customerId, String reference) {
        return dryRun.run(calls, namespace, name, customerId, reference);
    }

    /**
     * Stores a lead or booking for delivery; false when the same id was accepted before (nothing is stored again).
     *
     * @throws RequestException (400) when the body lacks its id or contact details
     */
    public boolean accept(RelayKind kind, String namespace, String name, String customerId, ObjectNode body) {
        if (body == null) {
            throw new RequestException(400, "a JSON object body is required");
        }
        String id = text(body, kind.idField());
        if (id == null || id.length() > 100) {
            throw new RequestException(400, kind.idField() + " is required (a UUID chosen by the runtime, at most "
                    + "100 characters)");
        }
        if (kind == RelayKind.LEAD && text(body, "email") == null && text(body, "phone") == null) {
            throw new RequestException(400, "lead " + id + " needs an email or a phone");
        }
        if (kind == RelayKind.BOOKING && (text(body, "slotStart") == null || text(body, "slotEnd") == null)) {
            throw new RequestException(400, "booking " + id + " needs slotStart and slotEnd");
        }
        if (endpoint(kind) == null) {
            throw new RequestException(404, "this partner environment has no partnerApi." + kind.endpointName()
                    + " configured");
        }
        ObjectNode ours = body.deepCopy();
        ours.put("customerId", customerId);
        return outbox.add(new OutboxItem(kind, id, namespace, name, customerId, write(ours), 0), clock.millis());
    }

    /**
     * Removes the leads and bookings of an Assistant whose cancellation completed: delivered and failed ones now,
     * pending ones once delivered or given up (they keep their retry budget, so a visitor's request still reaches
     * the partner).
     */
    public void purge(String namespace, String name) {
        Outbox.Purge p = outbox.purge(namespace, name);
        if (p.deleted() > 0 || p.pending() > 0) {
            LOG.infof("leads and bookings of %s/%s purged: %d deleted, %d pending ones deleted once delivered",
                    namespace, name, p.deleted(), p.pending());
        }
    }

    /** One delivery round; returns the number of items delivered. */
    public int dispatch() {
        int delivered = 0;
        for (OutboxItem item : outbox.due(clock.millis(), BATCH)) {
            if (deliver(item)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(OutboxItem item) {
        Endpoint endpoint = endpoint(item.kind());
        String what = item.kind().name().toLowerCase() + " " + item.itemId() + " of " + item.namespace() + "/"
                + item.name();
        if (endpoint == null) {
            retry(item, null, "partnerApi." + item.kind().endpointName() + " is not configured");
            return false;
        }
        ObjectNode body = FieldMapper.map(read(item.payloadJson()), endpoint.mapping(), endpoint.constants());
        PartnerApiClient.Answer answer;
        try {
            answer = client.post(item.kind().endpointName(), endpoint, body,
                    item.kind().name().toLowerCase() + "-" + item.itemId());
        } catch (IOException e) {
            retry(item, null, "partner API unreachable: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (answer.ok()) {
            outbox.finish(item, Outbox.DELIVERED, answer.status(), null, clock.millis());
            LOG.infof("%s delivered (HTTP %d)", what, answer.status());
            return true;
        }
        String error = "partner answered HTTP " + answer.status() + ": " + abbreviate(answer.body());
        if (isPermanent(answer.status()) || item.attempts() + 1 >= settings.maxAttempts()) {
            outbox.finish(item, Outbox.FAILED, answer.status(), error, clock.millis());
            LOG.errorf("%s given up after %d attempts: %s", what, item.attempts() + 1, error);
        } else {
            retry(item, answer.status(), error);
        }
        return false;
    }

    private void retry(OutboxItem item, Integer status, String error) {
        long next = clock.millis() + backoff.after(item.attempts() + 1).toMillis();
        outbox.retryLater(item, next, status, error);
        LOG.warnf("%s %s not delivered (attempt %d): %s; retrying later", item.kind(), item.itemId(),
                item.attempts() + 1, error);
    }

    /** 4xx other than timeouts and throttling will not get better by retrying. */
    private static boolean isPermanent(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 425 && status != 429;
    }

    /**
     * Free slots from the partner's slots API, as {@code {"slots": [{"start", "end"}]}}.
     *
     * @throws RequestException 400 for a bad request, 404 when no slots API is configured, 502 when the partner fails
     */
    public ObjectNode slots(String customerId, String from, int days) {
        Endpoint endpoint = settings.slots();
        if (endpoint == null) {
            throw new RequestException(404, "this partner environment has no partnerApi.slots configured");
        }
        try {
            LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new RequestException(400, "from must be an ISO date such as 2026-03-01, got '" + from + "'");
        }
        if (days < 1 || days > 60) {
            throw new RequestException(400, "days must be 1 to 60, got " + days);
        }
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> ours = Map.of("customerId", customerId, "from", from, "days", Integer.toString(days));
        for (String field : List.of("customerId", "from", "days")) {
            String target = endpoint.mapping().getOrDefault(field, field);
            if (!target.isEmpty()) {
                query.put(target, ours.get(field));
            }
        }
        endpoint.constants().forEach((k, v) -> query.put(k, String.valueOf(v)));
        PartnerApiClient.Answer answer;
        try {
            answer = client.get("slots", endpoint, query);
        } catch (IOException e) {
            throw new RequestException(502, "the partner's slots API is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestException(503, "interrupted");
        }
        if (!answer.ok()) {
            throw new RequestException(502, "the partner's slots API answered HTTP " + answer.status());
        }
        try {
            return slotsFrom(JSON.readTree(answer.body()), endpoint.response());
        } catch (JsonProcessingException e) {
            throw new RequestException(502, "the partner's slots API answered with invalid JSON");
        }
    }

    private static ObjectNode slotsFrom(JsonNode partner, PartnerApiSettings.SlotsResponse shape) {
        JsonNode items = FieldMapper.at(partner, shape.items());
        ObjectNode out = JSON.createObjectNode();
        ArrayNode slots = out.putArray("slots");
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                JsonNode start = FieldMapper.at(item, shape.start());
                JsonNode end = FieldMapper.at(item, shape.end());
                if (start != null && end != null) {
                    slots.addObject().put("start", start.asText()).put("end", end.asText());
                }
            }
        }
        return out;
    }

    private Endpoint endpoint(RelayKind kind) {
        return kind == RelayKind.LEAD ? settings.leads() : settings.bookings();
    }

    private static String text(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static ObjectNode read(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            if (n instanceof ObjectNode o) {
                return o;
            }
            throw new RequestException(502, "expected a JSON object, got " + abbreviate(json));
        } catch (JsonProcessingException e) {
            throw new RequestException(502, "not valid JSON: " + abbreviate(json));
        }
    }

    private static String write(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
