package io.xapp.runtime.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.xapp.runtime.testing.ApiClient;
import io.xapp.runtime.testing.RuntimeTestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys, origins, CORS, size and rate limits, security headers, the path prefix. */
@QuarkusTest
@QuarkusTestResource(RuntimeTestEnvironment.class)
class ApiAccessTest {

    @BeforeEach
    void ready() {
        ApiClient.awaitReady();
    }

    @Test
    void theWidgetKeyFromAnAllowedOriginGetsTheConfig() {
        ApiClient.widget().get("/api/config").then().statusCode(200)
                .header("Access-Control-Allow-Origin", RuntimeTestEnvironment.host().origin())
                .body("name", equalTo("Brightside Family Dental"))
                .body("colors.primary", equalTo("#0b7a75"))
                .body("widget.position", equalTo("bottom-right"))
                .body("callsToAction.type", org.hamcrest.Matchers.hasItems("leadCapture", "booking"));
    }

    @Test
    void aMissingOrWrongKeyIsRefused() {
        given().header("Origin", RuntimeTestEnvironment.host().origin()).get("/api/config").then().statusCode(401)
                .body("error", containsString("X-Xapp-Key"));
        given().header("Origin", RuntimeTestEnvironment.host().origin()).header("X-Xapp-Key", "wk_wrong")
                .get("/api/config").then().statusCode(401).body("error", containsString("not valid"));
    }

    @Test
    void theSearchKeyCannotChat() {
        ApiClient.search().contentType(ContentType.JSON).body(Map.of("message", "hi")).post("/api/chat")
                .then().statusCode(403).body("error", containsString("search key"));
    }

    @Test
    void otherOriginsAndRequestsWithoutOriginAreRefused() {
        given().header("Origin", "https://evil.example").header("X-Xapp-Key", RuntimeTestEnvironment.WIDGET_KEY)
                .get("/api/config").then().statusCode(403).body("error", containsString("https://evil.example"));
        given().header("X-Xapp-Key", RuntimeTestEnvironment.WIDGET_KEY).get("/api/config").then().statusCode(403);
    }

    @Test
    void preflightFromAnAllowedOriginIsAnswered() {
        given().header("Origin", "https://www.brightside.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-xapp-key")
                .options("/api/chat").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://www.brightside.example")
                .header("Access-Control-Allow-Headers", containsString("X-Xapp-Key"))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void oversizedBodiesAndMessagesAreRefused() throws Exception {
        ApiClient.widget().contentType(ContentType.JSON).body(Map.of("message", "a".repeat(200_000)))
                .post("/api/chat").then().statusCode(413).contentType(ContentType.JSON)
                .body("error", containsString("at most 32768 bytes (32 KiB)"));
        // Sent chunked, without a Content-Length: refused once the limit is passed, with the same answer.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/chat"))
                .header("Origin", RuntimeTestEnvironment.host().origin())
                .header("X-Xapp-Key", RuntimeTestEnvironment.WIDGET_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"message\": \"" + "a".repeat(200_000) + "\"}").getBytes()))).build();
        HttpResponse<String> refused = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("at most 32768 bytes (32 KiB)");
        ApiClient.widget().contentType(ContentType.JSON).body(Map.of("message", "a".repeat(1001)))
                .post("/api/chat").then().statusCode(400).body("error", containsString("1000"));
        ApiClient.widget().contentType(ContentType.JSON).body(Map.of("sessionId", "s")).post("/api/chat")
                .then().statusCode(400).body("error", containsString("message is required"));
    }

    @Test
    void malformedJsonIsRefusedWithWhatIsWrong() {
        ApiClient.widget().contentType(ContentType.JSON).body("{\"message\": \"hi\",").post("/api/chat").then()
                .statusCode(400).contentType(ContentType.JSON)
                .body("error", containsString("the body is not valid JSON (line 1, column 18)"));
        ApiClient.widget().contentType(ContentType.JSON).body("{\"message\": {\"text\": \"hi\"}}").post("/api/chat")
                .then().statusCode(400).body("error", equalTo("field 'message' must be a string, not an object"));
        ApiClient.widget().contentType(ContentType.JSON).body("[\"hi\"]").post("/api/chat").then().statusCode(400)
                .body("error", equalTo("the body must be an object, not an array"));
        ApiClient.widget().contentType(ContentType.JSON).body("{\"name\": [\"Ada\"]}").post("/api/leads").then()
                .statusCode(400).body("error", equalTo("field 'name' must be a string, not an array"));
    }

    @Test
    void oneClientIsLimitedPerMinute() throws Exception {
        // The bucket refills gradually (PER_CLIENT_PER_MINUTE / 60 a second): one client thread on a slow machine
        // can keep pace with the refill and never see a 429, eight in parallel drain it whatever the pace.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/config"))
                .header("Origin", RuntimeTestEnvironment.host().origin())
                .header("X-Xapp-Key", RuntimeTestEnvironment.WIDGET_KEY)
                .header("X-Forwarded-For", "203.0.113.7").build();
        HttpClient http = HttpClient.newHttpClient();
        AtomicReference<HttpResponse<Void>> limited = new AtomicReference<>();
        AtomicInteger budget = new AtomicInteger(3 * RuntimeTestEnvironment.PER_CLIENT_PER_MINUTE);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                running.add(clients.submit(() -> {
                    while (limited.get() == null && budget.getAndDecrement() > 0) {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 429) {
                            limited.compareAndSet(null, response);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(limited.get()).as("a 429 once the client used its minute").isNotNull();
        assertThat(limited.get().headers().firstValue("Retry-After")).isPresent();
        // Another client is not affected.
        ApiClient.widget().header("X-Forwarded-For", "203.0.113.8").get("/api/config").then().statusCode(200);
    }

    @Test
    void responsesCarrySecurityHeaders() {
        ApiClient.widget().get("/api/config").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Cache-Control", "no-store");
        given().get("/widget.js").then().statusCode(200)
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("Content-Type", containsString("javascript"));
    }

    @Test
    void everythingIsAlsoServedUnderTheAssistantName() {
        String prefix = "/" + RuntimeTestEnvironment.NAME;
        ApiClient.search().get(prefix + "/api/search?q=whitening").then().statusCode(200)
                .body("results[0].url", containsString("teeth-whitening"));
        given().get(prefix + "/search.js").then().statusCode(200);
        given().get(prefix + "/q/health/ready").then().statusCode(200);
        given().redirects().follow(false).get(prefix).then().statusCode(302).header("Location", notNullValue());
    }

    @Test
    void theMetricsAreNotServedUnderThePublicPrefix() {
        String prefix = "/" + RuntimeTestEnvironment.NAME;
        // The platform's Prometheus reaches the pod; the prefix is the Ingress's path, open to anyone.
        given().get("/q/metrics").then().statusCode(200);
        given().get(prefix + "/q/metrics").then().statusCode(404);
        given().get(prefix + "/q/metrics/").then().statusCode(404);
    }
}
