package io.xapp.runtime.usage;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.xapp.runtime.testing.ApiClient;
import io.xapp.runtime.testing.RuntimeTestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chat and search queries reach the bridge's /usage in batches, with session, user, channel and noContent. */
@QuarkusTest
@QuarkusTestResource(RuntimeTestEnvironment.class)
class UsageReportingTest {

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void ready() {
        ApiClient.awaitReady();
    }

    @Test
    void queriesAreReportedWithTheirNoContentFlag() {
        ApiClient.widget().contentType(ContentType.JSON)
                .body(Map.of("message", "Do you sell gift cards?", "sessionId", "usage-session", "userId", "user-42"))
                .post("/api/chat").then().statusCode(200);
        ApiClient.search().header("X-Xapp-Session", "usage-session").header("X-Xapp-User", "user-42")
                .get("/api/search?q=teeth whitening").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> events = events("usage-session");
            assertThat(events).anySatisfy(e -> {
                assertThat(e.get("channel").asText()).isEqualTo("widget");
                assertThat(e.get("query").asText()).isEqualTo("Do you sell gift cards?");
                assertThat(e.get("noContent").asBoolean()).isTrue();
                assertThat(e.get("userId").asText()).isEqualTo("user-42");
            });
            assertThat(events).anySatisfy(e -> {
                assertThat(e.get("channel").asText()).isEqualTo("search");
                assertThat(e.get("noContent").asBoolean()).isFalse();
                assertThat(e.get("eventId").asText()).isNotBlank();
            });
        });
    }

    @Test
    void theOperatorsSampleQuestionsAreNotVisitorUsage() throws Exception {
        ApiClient.widget().contentType(ContentType.JSON)
                .body(Map.of("message", "Can you tell me about Opening hours?", "sessionId", "xapp-qa-check-rev-1"))
                .post("/api/chat").then().statusCode(200);
        ApiClient.widget().contentType(ContentType.JSON)
                .body(Map.of("message", "Are you open on Saturdays?", "sessionId", "visitor-after-the-checks"))
                .post("/api/chat").then().statusCode(200);

        // Batches go out in order: once the later visitor's question arrived, the check's would have too.
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("visitor-after-the-checks").isEmpty());
        assertThat(events("xapp-qa-check-rev-1")).isEmpty();
    }

    private List<JsonNode> events(String session) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (var request : RuntimeTestEnvironment.bridge().findAll(
                postRequestedFor(urlPathEqualTo(RuntimeTestEnvironment.BRIDGE_BASE + "/usage")))) {
            for (JsonNode e : json.readTree(request.getBodyAsString()).get("events")) {
                if (session.equals(e.get("sessionId").asText())) {
                    found.add(e);
                }
            }
        }
        return found;
    }
}
