package io.xapp.bridge.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.bridge.config.PartnerApiSettings;
import io.xapp.bridge.config.PartnerApiSettings.Endpoint;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.outbox.DeliveryResult;
import io.xapp.bridge.outbox.OutboxEntry;
import io.xapp.bridge.outbox.OutboxSender;
import java.io.IOException;
import java.util.Map;

/**
 * Delivers the leads (or the bookings) in the outbox to the partner's API: the body mapped to the partner's fields,
 * with an {@code Idempotency-Key} header, delivered on a 2xx. A refusal that retrying cannot change (a 4xx other
 * than 408/425/429) and the last of {@code partnerApi.maxAttempts} answered attempts give up; an API that cannot be
 * reached or is not configured is tried again until it can.
 */
final class PartnerApiSender implements OutboxSender {

    private final RelayKind kind;
    private final PartnerApiSettings settings;
    private final PartnerApiClient client;

    PartnerApiSender(RelayKind kind, PartnerApiSettings settings, PartnerApiClient client) {
        this.kind = kind;
        this.settings = settings;
        this.client = client;
    }

    @Override
    public String kind() {
        return kind.name();
    }

    @Override
    public DeliveryResult send(OutboxEntry entry) {
        Endpoint endpoint = kind.endpoint(settings);
        if (endpoint == null) {
            return DeliveryResult.retryLater("partnerApi." + kind.endpointName() + " is not configured; configure it "
                    + "in the partner environment file to deliver what was accepted before it was removed");
        }
        ObjectNode ours = Json.readObject(entry.payloadJson());
        if (ours == null) {
            return DeliveryResult.giveUp("the stored body is not a JSON object: " + abbreviate(entry.payloadJson()));
        }
        ObjectNode body = FieldMapper.map(ours, endpoint.mapping(), endpoint.constants());
        PartnerApiClient.Answer answer;
        try {
            answer = client.post(kind.endpointName(), endpoint, body, kind.name().toLowerCase() + "-" + entry.id(),
                    Map.of());
        } catch (IOException e) {
            return DeliveryResult.retryLater("partner API unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retryLater("interrupted");
        }
        if (answer.ok()) {
            return DeliveryResult.delivered("HTTP " + answer.status());
        }
        String error = "partner answered HTTP " + answer.status() + ": " + abbreviate(answer.body());
        return isPermanent(answer.status()) || entry.attempts() + 1 >= settings.maxAttempts()
                ? DeliveryResult.giveUp(error) : DeliveryResult.retryLater(error);
    }

    /** 4xx other than timeouts and throttling will not get better by retrying. */
    private static boolean isPermanent(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 425 && status != 429;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
