package io.xapp.runtime.leads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.xapp.runtime.testing.ApiClient;
import io.xapp.runtime.testing.RuntimeTestEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls to action reach the bridge as docs/contracts.md says, retried with the same id when the bridge fails. */
@QuarkusTest
@QuarkusTestResource(RuntimeTestEnvironment.class)
class LeadsAndBookingTest {

    private static final String LEADS = RuntimeTestEnvironment.BRIDGE_BASE + "/leads";

    @BeforeEach
    void ready() {
        ApiClient.awaitReady();
    }

    @AfterEach
    void resetBridge() {
        var bridge = RuntimeTestEnvironment.bridge();
        bridge.resetAll();
        RuntimeTestEnvironment.stubBridge(bridge);
    }

    @Test
    void aLeadIsRelayedToTheBridgeWithTheAssistantToken() {
        ApiClient.widget().contentType(ContentType.JSON)
                .body(Map.of("name", "Ada Lovelace", "email", "ada@example.com", "message", "Please call me back",
                        "sessionId", "lead-session", "pageUrl", "https://www.brightside.example/contact.html"))
                .post("/api/leads").then().statusCode(202)
                .body("leadId", notNullValue()).body("status", org.hamcrest.Matchers.equalTo("accepted"));
        RuntimeTestEnvironment.bridge().verify(postRequestedFor(urlPathEqualTo(LEADS))
                .withHeader("Authorization", equalTo("Bearer " + RuntimeTestEnvironment.BRIDGE_TOKEN))
                .withRequestBody(matchingJsonPath("$.name", equalTo("Ada Lovelace")))
                .withRequestBody(matchingJsonPath("$.email", equalTo("ada@example.com")))
                .withRequestBody(matchingJsonPath("$.sessionId", equalTo("lead-session")))
                .withRequestBody(matchingJsonPath("$.createdAt"))
                .withRequestBody(matchingJsonPath("$.leadId")));
    }

    @Test
    void aLeadNeedsANameAndAWayToReachTheVisitor() {
        ApiClient.widget().contentType(ContentType.JSON).body(Map.of("name", "Ada")).post("/api/leads")
                .then().statusCode(400).body("error", containsString("email address or a phone number"));
        ApiClient.widget().contentType(ContentType.JSON).body(Map.of("name", "Ada", "email", "not-an-email"))
                .post("/api/leads").then().statusCode(400).body("error", containsString("not an email"));
    }

    @Test
    void aLeadIsRetriedWithTheSameIdWhenTheBridgeFails() {
        var bridge = RuntimeTestEnvironment.bridge();
        bridge.stubFor(post(urlPathEqualTo(LEADS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        bridge.stubFor(post(urlPathEqualTo(LEADS)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"accepted\"}")));
        ApiClient.widget().contentType(ContentType.JSON)
                .body(Map.of("name", "Grace", "phone", "+1 970 555 0100", "message", "Call me"))
                .post("/api/leads").then().statusCode(202);
        List<LoggedRequest> calls = bridge.findAll(postRequestedFor(urlPathEqualTo(LEADS)));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).getBodyAsString()).isEqualTo(calls.get(1).getBodyAsString());
    }

    @Test
    void aBridgeThatStaysDownGivesTheVisitorAClearError() {
        RuntimeTestEnvironment.bridge().stubFor(post(urlPathEqualTo(LEADS)).willReturn(aResponse().withStatus(500)));
        ApiClient.widget().contentType(ContentType.JSON).body(Map.of("name", "Grace", "email", "g@example.com"))
                .post("/api/leads").then().statusCode(502).body("error", containsString("try again"));
    }

    @Test
    void slotsAndABookingGoThroughTheBridge() {
        ApiClient.widget().get("/api/booking/slots?days=7").then().statusCode(200)
                .body("slots", hasSize(2)).body("slots[0].start", containsString("2030-03-04T09:00"));
        ApiClient.widget().contentType(ContentType.JSON)
                .body(Map.of("name", "Ada", "email", "ada@example.com", "slotStart", "2030-03-04T09:00:00-07:00",
                        "slotEnd", "2030-03-04T09:30:00-07:00", "sessionId", "booking-session"))
                .post("/api/bookings").then().statusCode(202).body("status", org.hamcrest.Matchers.equalTo("requested"));
        RuntimeTestEnvironment.bridge().verify(postRequestedFor(urlPathEqualTo(RuntimeTestEnvironment.BRIDGE_BASE
                + "/bookings")).withRequestBody(matchingJsonPath("$.slotStart", equalTo("2030-03-04T09:00:00-07:00")))
                .withRequestBody(matchingJsonPath("$.bookingId")));
    }

    @Test
    void aBookingNeedsAValidSlot() {
        ApiClient.widget().contentType(ContentType.JSON)
                .body(Map.of("name", "Ada", "email", "ada@example.com", "slotStart", "tomorrow", "slotEnd", "later"))
                .post("/api/bookings").then().statusCode(400).body("error", containsString("ISO-8601"));
    }
}
