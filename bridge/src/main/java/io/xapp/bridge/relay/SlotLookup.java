package io.xapp.bridge.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.bridge.config.PartnerApiSettings;
import io.xapp.bridge.config.PartnerApiSettings.Endpoint;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.web.RequestException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Free booking slots, looked up live in the partner's slots API while the runtime's request waits. */
final class SlotLookup {

    private final PartnerApiSettings settings;
    private final PartnerApiClient client;

    SlotLookup(PartnerApiSettings settings, PartnerApiClient client) {
        this.settings = settings;
        this.client = client;
    }

    /**
     * Free slots from the partner's slots API, as {@code {"slots": [{"start", "end"}]}}.
     *
     * @throws RequestException 400 for a bad request, 404 when no slots API is configured, 502 when the partner fails
     */
    ObjectNode slots(String customerId, String from, int days) {
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
            return slotsFrom(Json.MAPPER.readTree(answer.body()), endpoint.response());
        } catch (JsonProcessingException e) {
            throw new RequestException(502, "the partner's slots API answered with invalid JSON");
        }
    }

    private static ObjectNode slotsFrom(JsonNode partner, PartnerApiSettings.SlotsResponse shape) {
        JsonNode items = FieldMapper.at(partner, shape.items());
        ObjectNode out = Json.object();
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
}
