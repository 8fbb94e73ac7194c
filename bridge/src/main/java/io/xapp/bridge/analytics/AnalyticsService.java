package io.xapp.bridge.analytics;

import io.xapp.bridge.web.RequestException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.bridge.kube.AssistantRef;
import io.xapp.bridge.kube.CustomerAssistants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Usage in from runtimes, analytics out to the partner. Partners are told apart by API key: a key reads only its own
 * partner id, and this environment holds only its own partner's customers. Usage is recorded under the Assistant the
 * runtime reports for and read under the Assistant that holds the customer ({@link CustomerAssistants}), whatever its
 * name. A customer's usage is deleted when its cancellation completes ({@link io.xapp.bridge.retention.CancellationPurge}).
 */
public final class AnalyticsService {

    static final int MAX_EVENTS = 1000;

    private final UsageStore store;
    private final AnalyticsQuery query;
    private final String partnerId;
    private final CustomerAssistants customers;
    private final List<Key> keys;
    private final int top;

    /** {@code apiKeys}: key text to the partner id it may read. */
    public AnalyticsService(UsageStore store, AnalyticsQuery query, String partnerId, CustomerAssistants customers,
                            Map<String, String> apiKeys, int top) {
        this.store = store;
        this.query = query;
        this.partnerId = partnerId;
        this.customers = customers;
        this.keys = apiKeys.entrySet().stream()
                .map(e -> new Key(e.getValue(), e.getKey().getBytes(StandardCharsets.UTF_8))).toList();
        this.top = top;
    }

    private record Key(String partnerId, byte[] secret) {
    }

    /** Records a runtime's usage batch; returns how many events it accepted (new or already known). */
    public int ingest(String ns, String name, JsonNode body) {
        JsonNode events = body == null ? null : body.get("events");
        if (events == null || !events.isArray()) {
            throw new RequestException(400, "the body must be {\"events\": [...]}");
        }
        if (events.size() > MAX_EVENTS) {
            throw new RequestException(400, "at most " + MAX_EVENTS + " events per call, got " + events.size());
        }
        List<UsageEvent> parsed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            parsed.add(event(events.get(i), i));
        }
        store.ingest(new AssistantRef(ns, name).key(), parsed);
        return parsed.size();
    }

    /**
     * The partner's analytics response for one customer.
     *
     * @throws RequestException 401 for an unknown key, 403 for another partner's id, 404 for an unknown partner or
     *                            customer, 400 for bad dates, 503 when the customer's Assistant cannot be looked up
     */
    public AnalyticsResponse report(String apiKey, String pathPartnerId, String customerId, String startDate,
                                    String endDate) {
        String keyPartner = partnerOf(apiKey);
        if (keyPartner == null) {
            throw new RequestException(401, "a valid analytics API key is required (X-Api-Key)");
        }
        if (!keyPartner.equals(pathPartnerId)) {
            throw new RequestException(403, "this API key may read partner " + keyPartner + " only");
        }
        if (!partnerId.equals(pathPartnerId)) {
            throw new RequestException(404, "partner " + pathPartnerId + " is not served here");
        }
        if (startDate == null || endDate == null) {
            throw new RequestException(400, "startDate and endDate are required (ISO-8601, e.g. "
                    + "2026-02-28T22:13:58-05:00 or 2026-02-28)");
        }
        Instant from = parse("startDate", startDate, false);
        Instant to = parse("endDate", endDate, true);
        if (to.isBefore(from)) {
            throw new RequestException(400, "endDate is before startDate");
        }
        WidgetReport widget = query.report(assistantOf(customerId).key(), "widget", from, to, top);
        return new AnalyticsResponse(partnerId, startDate, endDate, widget);
    }

    private AssistantRef assistantOf(String customerId) {
        try {
            return customers.holder(customerId).orElseThrow(() -> new RequestException(404, "partner " + partnerId
                    + " has no customer '" + customerId + "' here: no Assistant serves that id (it was never "
                    + "subscribed, or its cancellation completed and its data was deleted)"));
        } catch (KubernetesClientException e) {
            throw new RequestException(503, "the customer's Assistant could not be looked up (" + e.getMessage()
                    + "); try again shortly");
        }
    }

    private String partnerOf(String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            return null;
        }
        byte[] presented = apiKey.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Key k : keys) {
            // Compare with every key in constant time, so timing does not tell how close a guess was.
            if (MessageDigest.isEqual(k.secret(), presented)) {
                found = k.partnerId();
            }
        }
        return found;
    }

    private static UsageEvent event(JsonNode e, int i) {
        String where = "events[" + i + "]";
        String id = text(e, "eventId", where, true);
        String channel = text(e, "channel", where, true);
        if (!UsageEvent.CHANNELS.contains(channel)) {
            throw new RequestException(400, where + ".channel must be widget or search");
        }
        String at = text(e, "at", where, true);
        Instant when;
        try {
            when = OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException ex) {
            throw new RequestException(400, where + ".at must be an ISO-8601 date-time with a zone");
        }
        String session = text(e, "sessionId", where, true);
        String user = text(e, "userId", where, false);
        return new UsageEvent(id, session, user == null ? session : user, channel,
                QueryText.normalise(text(e, "query", where, false)), e.path("noContent").asBoolean(false), when);
    }

    private static String text(JsonNode e, String field, String where, boolean required) {
        JsonNode v = e == null ? null : e.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new RequestException(400, where + "." + field + " is required");
            }
            return null;
        }
        String s = v.asText();
        if (s.length() > 200 && !"query".equals(field)) {
            throw new RequestException(400, where + "." + field + " is longer than 200 characters");
        }
        return s;
    }

    private static Instant parse(String what, String text, boolean endOfDay) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                LocalDate d = LocalDate.parse(text);
                return endOfDay ? d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1)
                        : d.atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new RequestException(400, what + " '" + text + "' is not ISO-8601 (e.g. "
                        + "2026-02-28T22:13:58-05:00 or 2026-02-28)");
            }
        }
    }
}
