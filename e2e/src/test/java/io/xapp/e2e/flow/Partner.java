package io.xapp.e2e.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.e2e.platform.PartnerPlatform;
import io.xapp.testing.support.SqsQueues;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The partner's side of the contract (seed/partner-integration.md): events sent as their EventBridge rule delivers
 * them to our SQS queue (the envelope as the message body), ReadyForInstallation read from the inbox their bus
 * copies it to, and the analytics endpoint called with their key.
 */
final class Partner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnerPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Partner(PartnerPlatform platform) {
        this.platform = platform;
    }

    /** CreateSubscription in an EventBridge envelope, through SQS. */
    void subscribe(String customerId, String companyName, URI website, String tier, String template) {
        ObjectNode detail = JSON.createObjectNode().put("tier", tier).put("contract_length", 12)
                .put("id", customerId).put("website", website.toString()).put("template", template)
                .put("company_name", companyName);
        send("CreateSubscription", detail);
    }

    /** Cancellation in an EventBridge envelope, through SQS. */
    void cancel(String customerId, Instant effectiveDate) {
        send("Cancellation", JSON.createObjectNode().put("id", customerId)
                .put("effective_date", effectiveDate.truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    private void send(String detailType, ObjectNode detail) {
        ObjectNode envelope = JSON.createObjectNode().put("version", "0").put("id", UUID.randomUUID().toString())
                .put("detail-type", detailType).put("source", "partner.crm").put("account", "123456789012")
                .put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).put("region", "us-east-1");
        envelope.putArray("resources");
        envelope.set("detail", detail);
        platform.sqs().sendMessage(r -> r.queueUrl(platform.eventsQueueUrl()).messageBody(envelope.toString()));
    }

    /** The ReadyForInstallation event for {@code customerId} in the partner's inbox, if it has arrived. */
    Optional<JsonNode> readyForInstallation(String customerId) throws IOException {
        for (Message m : SqsQueues.drain(platform.sqs(), platform.partnerInboxUrl(), 1)) {
            JsonNode event = JSON.readTree(m.body());
            if ("ReadyForInstallation".equals(event.path("detail-type").asText())
                    && customerId.equals(event.path("detail").path("id").asText())) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** GET the analytics of {@code customerId} from yesterday to tomorrow (UTC) with the partner's key. */
    JsonNode analytics(String customerId) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        URI uri = platform.bridgeUrl().resolve("/v1/partners/" + encode(platform.partnerId()) + "/customers/"
                + encode(customerId) + "/analytics?startDate=" + today.minusDays(1) + "&endDate=" + today.plusDays(1));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("X-Api-Key",
                platform.analyticsKey()).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
