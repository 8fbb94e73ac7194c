package io.xapp.e2e.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.xapp.testing.platform.MotoScripts;
import io.xapp.testing.support.LoopbackPorts;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.MotoAccount;
import io.xapp.testing.support.SqsQueues;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The partner's HTTPS route (integrations/aws/partner-api-destination.yaml) deployed in moto in the partner's
 * account, with a receiver standing in for the bridge's {@code POST /v1/events}: their events arrive as the whole
 * EventBridge event with the API key in its header, and what the receiver refuses lands in the template's
 * dead-letter queue with the answer. (That the bridge takes such calls: the bridge's HttpApiTest.)
 */
class HttpsRouteTest {

    private static final String ACCOUNT = "444455550001";
    private static final String BUS = "partner-crm";
    private static final String PREFIX = "xapp-https";
    private static final String API_KEY = "k-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;
    private static MotoAccount partner;
    private static JsonNode deployed;
    private static String endpoint;

    @BeforeAll
    static void deployTheRouteToAReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", LoopbackPorts.free()), 0);
        receiver.createContext("/v1/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.add(Map.of("key", String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")),
                    "body", body));
            // As the bridge answers: 202 for an event it takes, 400 naming the problem for a malformed one.
            boolean malformed = body.contains("platinum");
            byte[] answer = (malformed ? "{\"error\": \"tier 'platinum' is not one of this partner environment's "
                    + "tiers\"}" : "{\"status\": \"applied\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(malformed ? 400 : 202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
        endpoint = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/v1/events";
        partner = Moto.get().account(ACCOUNT);
        partner.eventBridge().createEventBus(r -> r.name(BUS));
        deployed = MotoScripts.deployStack(ACCOUNT, PREFIX, "integrations/aws/partner-api-destination.yaml", Map.of(
                "PartnerEventBusName", BUS, "BridgeEventsUrl", endpoint, "ApiKey", API_KEY,
                "ResourcePrefix", PREFIX));
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (partner != null) {
            partner.close();
        }
    }

    @Test
    void whatMotoCannotCreateIsMadeFromTheTemplateItself() {
        assertThat(deployed.path("madeThroughTheApi").toString())
                .isEqualTo("[\"ApiDestination\",\"Connection\",\"DeadLetterQueuePolicy\"]");
        var events = partner.eventBridge();
        var destination = events.describeApiDestination(r -> r.name(PREFIX + "-bridge-events"));
        assertThat(destination.invocationEndpoint()).isEqualTo(endpoint);
        assertThat(destination.httpMethodAsString()).isEqualTo("POST");
        assertThat(events.describeConnection(r -> r.name(PREFIX + "-bridge")).authParameters()
                .apiKeyAuthParameters().apiKeyName()).isEqualTo("X-Api-Key");
        Target target = events.listTargetsByRule(r -> r.rule(PREFIX + "-subscriptions-to-bridge").eventBusName(BUS))
                .targets().get(0);
        assertThat(target.arn()).isEqualTo(deployed.at("/outputs/ApiDestinationArn").asText());
        assertThat(target.roleArn()).endsWith(":role/" + PREFIX + "-invoke-xapp-bridge");
        assertThat(target.deadLetterConfig().arn()).endsWith(":" + PREFIX + "-bridge-events-dlq");
    }

    @Test
    void theirEventsArriveAsTheWholeEventWithTheApiKey() throws IOException {
        RECEIVED.clear();
        emit("CreateSubscription", "{\"id\":\"https-0001\",\"tier\":\"growth\"}");
        emit("Cancellation", "{\"id\":\"https-0001\",\"effective_date\":\"2027-01-31T23:59:59Z\"}");
        emit("InvoicePaid", "{\"id\":\"not-for-us\"}");

        assertThat(RECEIVED).as("calls of the API destination").hasSize(2);
        assertThat(RECEIVED).allSatisfy(call -> assertThat(call.get("key")).isEqualTo(API_KEY));
        JsonNode first = JSON.readTree(RECEIVED.get(0).get("body"));
        assertThat(first.path("detail-type").asText()).isEqualTo("CreateSubscription");
        assertThat(first.path("id").asText()).as("the envelope's event id").isNotBlank();
        assertThat(first.at("/detail/id").asText()).isEqualTo("https-0001");
        assertThat(JSON.readTree(RECEIVED.get(1).get("body")).path("detail-type").asText()).isEqualTo("Cancellation");
    }

    @Test
    void whatTheBridgeRefusesLandsInTheirDeadLetterQueueWithItsAnswer() {
        emit("CreateSubscription", "{\"id\":\"https-0002\",\"tier\":\"platinum\"}");

        List<Message> dead = SqsQueues.drain(partner.sqs(), deployed.at("/outputs/DeadLetterQueueUrl").asText(), 2);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).body()).contains("https-0002");
        assertThat(dead.get(0).messageAttributes().get("ERROR_CODE").stringValue()).isEqualTo("400");
        assertThat(dead.get(0).messageAttributes().get("ERROR_MESSAGE").stringValue()).contains("platinum");
    }

    private static void emit(String detailType, String detail) {
        assertThat(partner.eventBridge().putEvents(r -> r.entries(e -> e.eventBusName(BUS).source("partner.crm")
                .detailType(detailType).detail(detail))).failedEntryCount()).isZero();
    }
}
