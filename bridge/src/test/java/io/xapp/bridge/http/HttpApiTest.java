package io.xapp.bridge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.bridge.intake.WebhookAuthenticator;
import io.xapp.bridge.testing.ByHand;
import io.xapp.bridge.testing.Events;
import io.xapp.bridge.testing.TestConfig;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bridge as a running Quarkus app: its HTTP surface, end to end. */
@QuarkusTest
@QuarkusTestResource(BridgeTestResource.class)
class HttpApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI base;

    @Inject
    KubernetesClient client;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder signedEvent(String id, long timestamp, String secret, String body) {
        String sig = WebhookAuthenticator.sign(secret.getBytes(StandardCharsets.UTF_8), id, Long.toString(timestamp),
                body.getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve("/v1/events")).header("Content-Type", "application/json")
                .header(WebhookAuthenticator.ID_HEADER, id)
                .header(WebhookAuthenticator.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookAuthenticator.SIGNATURE_HEADER, "v1=" + sig)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Assistant assistant(String customer) {
        return client.resources(Assistant.class).inNamespace(BridgeTestResource.namespace)
                .withName(CustomerNames.assistantName(customer)).get();
    }

    @Test
    void signedEventsAreAppliedOnceAndForgeriesAndReplaysRefused() throws Exception {
        String customer = "http-" + UUID.randomUUID();
        String body = Events.create(customer, "growth", 12);
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> ok = send(signedEvent("evt-1-" + customer, now, TestConfig.WEBHOOK_SECRET, body));
        assertThat(ok.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(ok.body()).get("status").asText()).isEqualTo("applied");
        assertThat(assistant(customer)).isNotNull();
        String rv = assistant(customer).getMetadata().getResourceVersion();

        // The same signed request again (a replay inside the window): recognised, changes nothing.
        HttpResponse<String> replay = send(signedEvent("evt-1-" + customer, now, TestConfig.WEBHOOK_SECRET, body));
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(replay.body()).get("status").asText()).isEqualTo("duplicate");
        assertThat(assistant(customer).getMetadata().getResourceVersion()).isEqualTo(rv);

        // The previous secret still works during a rotation.
        String upgrade = Events.create(customer, "growth", 24);
        assertThat(send(signedEvent("evt-2-" + customer, now + 1, TestConfig.WEBHOOK_OLD_SECRET, upgrade))
                .statusCode()).isEqualTo(202);
        assertThat(assistant(customer).getSpec().getContractLengthMonths()).isEqualTo(24);

        HttpResponse<String> forged = send(signedEvent("evt-3-" + customer, now, "not-our-secret",
                Events.create(customer, "starter", 1)));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(forged.body()).get("error").asText()).contains("signature does not match");

        HttpResponse<String> old = send(signedEvent("evt-4-" + customer, now - 3600, TestConfig.WEBHOOK_SECRET,
                Events.create(customer, "starter", 1)));
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(old.body()).get("error").asText()).contains("outside the replay window");
        assertThat(assistant(customer).getSpec().getTier()).isEqualTo("growth");
    }

    @Test
    void malformedAndOversizedEventsGetTheReason() throws Exception {
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> bad = send(signedEvent("evt-bad", now, TestConfig.WEBHOOK_SECRET,
                Events.create("c-bad", "platinum", 12)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText())
                .contains("tier 'platinum' is not one of this partner environment's tiers");
        assertThat(assistant("c-bad")).isNull();

        HttpResponse<String> notJson = send(signedEvent("evt-not-json", now, TestConfig.WEBHOOK_SECRET,
                "{\"id\": \"c-1\","));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("error").asText())
                .startsWith("the event body is not valid JSON (line 1, column");

        // The test environment's webhook.maxBodyBytes is 4096: refused from the declared length, and chunked.
        String big = "{\"id\": \"" + "x".repeat(5000) + "\"}";
        HttpResponse<String> tooLarge = send(signedEvent("evt-big", now, TestConfig.WEBHOOK_SECRET, big));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(tooLarge.body()).get("error").asText())
                .isEqualTo("the body has " + big.length() + " bytes, more than the limit of 4096 bytes");
        HttpResponse<String> chunked = send(signedEvent("evt-big", now, TestConfig.WEBHOOK_SECRET, big)
                .POST(chunked(big.getBytes(StandardCharsets.UTF_8))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(chunked.body()).get("error").asText())
                .isEqualTo("the body is larger than the limit of 4096 bytes");
    }

    @Test
    void theInternalApiSaysWhatIsWrongWithABody() throws Exception {
        String ns = BridgeTestResource.namespace;
        String name = "ast-anyone";
        String token = new AssistantTokens(TestConfig.TOKEN_KEY.getBytes(StandardCharsets.UTF_8)).tokenFor(ns, name);
        HttpRequest.Builder usage = HttpRequest.newBuilder(base.resolve("/internal/v1/assistants/" + ns + "/" + name
                + "/usage")).header("Content-Type", "application/json").header("Authorization", "Bearer " + token);

        HttpResponse<String> notJson = send(usage.copy().POST(HttpRequest.BodyPublishers.ofString("{\"events\": [")));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("error").asText())
                .startsWith("the body is not valid JSON (line 1, column");
        HttpResponse<String> wrongField = send(usage.copy().POST(HttpRequest.BodyPublishers.ofString(
                "{\"events\": {\"eventId\": \"e1\"}}")));
        assertThat(wrongField.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongField.body()).get("error").asText()).contains("{\"events\": [...]}");
        HttpResponse<String> lead = send(HttpRequest.newBuilder(base.resolve("/internal/v1/assistants/" + ns + "/"
                + name + "/leads")).header("Content-Type", "application/json").header("Authorization", "Bearer "
                + token).POST(HttpRequest.BodyPublishers.ofString("[\"not\", \"an\", \"object\"]")));
        assertThat(lead.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(lead.body()).get("error").asText())
                .isEqualTo("the body must be an object, not an array");

        // Over quarkus.http.limits.max-body-size (2M): a 413 naming the limit, declared or chunked.
        byte[] huge = new byte[3 * 1024 * 1024];
        HttpResponse<String> declared = send(usage.copy().POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(declared.body()).get("error").asText())
                .isEqualTo("the body has 3145728 bytes, more than the limit of 2097152 bytes");
        HttpResponse<String> chunked = send(usage.copy().POST(chunked(huge)));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(chunked.body()).get("error").asText())
                .isEqualTo("the body is larger than the limit of 2097152 bytes");
    }

    /** A body without a declared length: HTTP/1.1 sends it chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
    }

    @Test
    void apiDestinationsAuthenticateWithTheApiKeyAndSendEnvelopes() throws Exception {
        String customer = "dest-" + UUID.randomUUID();
        String envelope = Events.envelope(UUID.randomUUID().toString(), "CreateSubscription", Instant.now(),
                Events.create(customer, "starter", 1));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/v1/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(envelope));
        assertThat(send(request.copy().header("X-Api-Key", "wrong")).statusCode()).isEqualTo(401);
        assertThat(send(request.copy().header("X-Api-Key", TestConfig.API_DESTINATION_KEY)).statusCode())
                .isEqualTo(202);
        assertThat(assistant(customer).getSpec().getTier()).isEqualTo("starter");
    }

    @Test
    void runtimesHandOverLeadsAndUsageWithTheirTokenAndPartnersReadAnalytics() throws Exception {
        String customer = "rt-" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        send(signedEvent("evt-rt-" + customer, now, TestConfig.WEBHOOK_SECRET, Events.create(customer, "growth", 12)));
        String ns = BridgeTestResource.namespace;
        String name = CustomerNames.assistantName(customer);
        String token = new AssistantTokens(TestConfig.TOKEN_KEY.getBytes(StandardCharsets.UTF_8)).tokenFor(ns, name);
        URI assistantBase = base.resolve("/internal/v1/assistants/" + ns + "/" + name + "/");

        String lead = "{\"leadId\": \"" + UUID.randomUUID() + "\", \"name\": \"Ada\", \"email\": \"ada@example.com\"}";
        HttpRequest.Builder leadRequest = HttpRequest.newBuilder(assistantBase.resolve("leads"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(lead));
        assertThat(send(leadRequest.copy()).statusCode()).isEqualTo(401);
        String otherToken = new AssistantTokens(TestConfig.TOKEN_KEY.getBytes(StandardCharsets.UTF_8))
                .tokenFor(ns, "ast-someone-else");
        assertThat(send(leadRequest.copy().header("Authorization", "Bearer " + otherToken)).statusCode())
                .isEqualTo(401);
        // The partner's API is down: the lead is accepted into the outbox, and accepted again on a retry.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> accepted = send(leadRequest.copy().header("Authorization", "Bearer " + token));
            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(JSON.readTree(accepted.body()).get("status").asText()).isEqualTo("accepted");
        });

        String usage = """
                {"events": [
                  {"eventId": "u1-%1$s", "sessionId": "s1", "userId": "u1", "channel": "widget", "query": "Opening hours?", "noContent": false, "at": "2026-03-01T10:00:00Z"},
                  {"eventId": "u2-%1$s", "sessionId": "s2", "userId": "u1", "channel": "widget", "query": "parking", "noContent": true, "at": "2026-03-01T11:00:00Z"}
                ]}""".formatted(customer);
        HttpRequest.Builder usageRequest = HttpRequest.newBuilder(assistantBase.resolve("usage"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(usage));
        assertThat(send(usageRequest.copy().header("Authorization", "Bearer nope")).statusCode()).isEqualTo(401);
        HttpResponse<String> ingested = send(usageRequest.copy().header("Authorization", "Bearer " + token));
        assertThat(ingested.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(ingested.body()).get("accepted").asInt()).isEqualTo(2);

        URI analytics = analyticsOf(customer);
        HttpResponse<String> report = send(HttpRequest.newBuilder(analytics)
                .header("X-Api-Key", TestConfig.ANALYTICS_KEY).GET());
        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode r = JSON.readTree(report.body());
        assertThat(r).isEqualTo(JSON.readTree("""
                {"partner_id": "3E7E87CB-447B-A150", "startDate": "2026-02-28T22:13:58-05:00",
                 "endDate": "2026-03-08T03:13:55.700Z",
                 "widget": {"totalUniqueSessions": 2, "totalUniqueUsers": 1,
                   "queries": {"total": 2, "totalNoContent": 1, "topQueriesNoContent": ["parking"],
                               "topQueries": ["opening hours", "parking"]}}}"""));
        assertThat(send(HttpRequest.newBuilder(analytics).header("X-Api-Key", TestConfig.OTHER_PARTNER_KEY).GET())
                .statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(analytics).GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void anAssistantMadeByKubectlServesItsCustomerAndAnUnknownCustomerIsA404() throws Exception {
        String customer = "kubectl-" + UUID.randomUUID();
        String name = "clinic-" + customer.substring(8, 16);
        String ns = BridgeTestResource.namespace;
        client.resources(Assistant.class).inNamespace(ns).resource(ByHand.assistant(name, customer, "growth")).create();
        String token = new AssistantTokens(TestConfig.TOKEN_KEY.getBytes(StandardCharsets.UTF_8)).tokenFor(ns, name);
        URI assistantBase = base.resolve("/internal/v1/assistants/" + ns + "/" + name + "/");

        // Five chat questions, as the runtime reports them under its own Assistant.
        StringBuilder events = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            events.append(i > 1 ? "," : "").append("{\"eventId\": \"q" + i + "-" + customer + "\", \"sessionId\": "
                    + "\"s1\", \"channel\": \"widget\", \"query\": \"question " + i + "\", \"at\": "
                    + "\"2026-03-01T10:00:0" + i + "Z\"}");
        }
        assertThat(send(HttpRequest.newBuilder(assistantBase.resolve("usage"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"events\": [" + events + "]}"))).statusCode())
                .isEqualTo(202);
        HttpResponse<String> report = send(HttpRequest.newBuilder(analyticsOf(customer))
                .header("X-Api-Key", TestConfig.ANALYTICS_KEY).GET());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(report.body()).at("/widget/queries/total").asInt()).isEqualTo(5);

        HttpResponse<String> lead = send(HttpRequest.newBuilder(assistantBase.resolve("leads"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"leadId\": \"" + UUID.randomUUID()
                        + "\", \"email\": \"ada@example.com\"}")));
        assertThat(lead.statusCode()).isEqualTo(202);

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(analyticsOf("never-" + customer))
                .header("X-Api-Key", TestConfig.ANALYTICS_KEY).GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText())
                .contains("no customer 'never-" + customer + "'", "no Assistant serves that id");
    }

    private URI analyticsOf(String customer) {
        return base.resolve("/v1/partners/" + TestConfig.PARTNER_ID + "/customers/" + customer
                + "/analytics?startDate=2026-02-28T22:13:58-05:00&endDate=2026-03-08T03:13:55.700Z");
    }
}
