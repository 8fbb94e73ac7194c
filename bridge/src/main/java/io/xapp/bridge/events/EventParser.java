package io.xapp.bridge.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.xapp.api.json.JsonProblem;
import io.xapp.bridge.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads a partner event body: a raw payload as in the partner integration guide, or an EventBridge envelope whose
 * {@code detail-type} names the event and whose {@code detail} holds the payload.
 */
public final class EventParser {

    /** Strict: a key given twice or anything after the object makes the event invalid, not silently read. */
    private static final ObjectReader STRICT = Json.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final EventValidator validator;
    private final int maxBodyBytes;

    public EventParser(EventValidator validator, int maxBodyBytes) {
        this.validator = validator;
        this.maxBodyBytes = maxBodyBytes;
    }

    public InboundEvent parse(byte[] body, EventSource source) {
        if (body == null || body.length == 0) {
            throw new InvalidEventException("the event body is empty; send a JSON object");
        }
        if (body.length > maxBodyBytes) {
            throw new InvalidEventException("the event body has " + body.length + " bytes, more than the limit of "
                    + maxBodyBytes);
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("the event " + JsonProblem.describe(e).replaceFirst("^the ", ""));
        } catch (java.io.IOException e) {
            throw new InvalidEventException("the event body cannot be read: " + e.getMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw new InvalidEventException("the event body must be a JSON object");
        }
        return object.has("detail-type") || object.has("detail") ? fromEnvelope(object, source)
                : fromRaw(object, source);
    }

    private InboundEvent fromEnvelope(ObjectNode envelope, EventSource source) {
        String detailType = Json.text(envelope, "detail-type");
        if (detailType == null) {
            throw new InvalidEventException("the EventBridge envelope has no detail-type; expected "
                    + CreateSubscription.TYPE + " or " + Cancellation.TYPE);
        }
        if (!(envelope.get("detail") instanceof ObjectNode detail)) {
            throw new InvalidEventException("the EventBridge envelope's detail must be a JSON object with the "
                    + detailType + " payload");
        }
        String id = Json.text(envelope, "id");
        Instant time = source.transportTime();
        String envelopeTime = Json.text(envelope, "time");
        if (envelopeTime != null) {
            try {
                time = Instant.parse(envelopeTime);
            } catch (DateTimeParseException e) {
                throw new InvalidEventException("the EventBridge envelope's time '" + envelopeTime
                        + "' is not an ISO-8601 UTC time such as 2026-01-31T12:00:00Z");
            }
        }
        PartnerEvent event = switch (normalise(detailType)) {
            case "createsubscription" -> validator.createSubscription(detail);
            case "cancellation" -> validator.cancellation(detail);
            default -> throw new InvalidEventException("unknown detail-type '" + detailType + "'; expected "
                    + CreateSubscription.TYPE + " or " + Cancellation.TYPE);
        };
        return new InboundEvent(id != null ? id : source.transportId(), time, event);
    }

    private InboundEvent fromRaw(ObjectNode payload, EventSource source) {
        PartnerEvent event;
        if (payload.has("effective_date") && !payload.has("website")) {
            event = validator.cancellation(payload);
        } else if (payload.has("website") || payload.has("tier")) {
            event = validator.createSubscription(payload);
        } else {
            throw new InvalidEventException("cannot tell the event type: a CreateSubscription has website and tier, "
                    + "a Cancellation has effective_date; or wrap the payload in an EventBridge envelope with "
                    + "detail-type");
        }
        return new InboundEvent(source.transportId(), source.transportTime(), event);
    }

    private static String normalise(String detailType) {
        return detailType.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
