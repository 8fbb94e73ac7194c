package io.xapp.bridge.relay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.bridge.outbox.Backoff;
import io.xapp.bridge.store.Database;
import io.xapp.testing.support.MutableClock;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.bridge.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The QA dry run against a real HTTP server standing in for the partner's API: a test lead and booking go out only
 * with the partner's test marker, a slot look-up always; the outcomes say what the partner answered.
 */
class PartnerApiDryRunTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private WireMockServer partner;
    private Database db;

    @BeforeEach
    void setUp() {
        partner = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        partner.start();
        partner.stubFor(post(urlPathEqualTo("/api/leads")).withHeader("X-Partner-Test", equalTo("true"))
                .withRequestBody(matchingJsonPath("$.account_id", equalTo("c-refused")))
                .willReturn(aResponse().withStatus(403).withBody("{\"error\":\"unknown account c-refused\"}")));
        partner.stubFor(post(urlPathEqualTo("/api/leads")).withHeader("X-Partner-Test", equalTo("true"))
                .withRequestBody(matchingJsonPath("$.account_id", equalTo("c-1"))).willReturn(aResponse().withStatus(201)));
        partner.stubFor(get(urlPathEqualTo("/api/availability")).willReturn(aResponse().withStatus(200)
                .withBody("{\"data\":{\"open\":[{\"begins\":\"2026-11-30T09:00:00Z\",\"finishes\":\"2026-11-30T09:30:00Z\"}]}}")));
        partner.stubFor(post(urlPathEqualTo("/api/appointments")).willReturn(aResponse().withStatus(202)));
        db = TestDatabase.open("dry-run");
    }

    @AfterEach
    void tearDown() {
        partner.stop();
        db.close();
    }

    private RelayService relay(String bookingsTest) {
        BridgeConfig config = TestConfig.create("dry-run").partnerApi("""
                  leads:
                    url: %1$s/api/leads
                    mapping: {customerId: account_id}
                    test: {header: X-Partner-Test, value: "true"}
                  bookings:
                    url: %1$s/api/appointments
                    mapping: {slotStart: starts_at, customerId: account_id}
                    %2$s
                  slots:
                    url: %1$s/api/availability
                    mapping: {customerId: account}
                    response: {items: data.open, start: begins, end: finishes}
                """.formatted(partner.baseUrl(), bookingsTest)).build();
        return new RelayService(db, config.partnerApi(), Backoff.DEFAULT, clock);
    }

    private static JsonNode outcome(JsonNode results, String call) {
        for (JsonNode r : results.path("results")) {
            if (r.path("call").asText().equals(call)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + call + " in " + results);
    }

    @Test
    void markedTestRequestsAreSentAndTheirAnswersReported() {
        JsonNode r = relay("test: {field: meta.test, value: true}").dryRun(List.of("leads", "slots", "bookings"),
                "ns", "ast-1", "c-1", "rev1");
        assertThat(outcome(r, "leads").path("outcome").asText()).isEqualTo("accepted");
        assertThat(outcome(r, "leads").path("detail").asText()).contains("accepted a test lead (HTTP 201, header "
                + "X-Partner-Test: true)");
        assertThat(outcome(r, "slots").path("detail").asText()).contains("1 open slot in the next 7 days");
        assertThat(outcome(r, "bookings").path("outcome").asText()).isEqualTo("accepted");
        partner.verify(postRequestedFor(urlPathEqualTo("/api/appointments"))
                .withRequestBody(matchingJsonPath("$.meta.test", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.starts_at", equalTo("2026-11-30T09:00:00Z")))
                .withHeader("Idempotency-Key", equalTo("booking-qa-dry-run-ns-ast-1-rev1")));
    }

    @Test
    void withoutATestMarkerNothingIsSentAndTheOutcomeSaysWhy() {
        JsonNode r = relay("").dryRun(List.of("bookings"), "ns", "ast-1", "c-1", "rev1");
        assertThat(outcome(r, "bookings").path("outcome").asText()).isEqualTo("untestable");
        assertThat(outcome(r, "bookings").path("detail").asText()).contains("names no test marker",
                "would create a real booking for customer c-1", "partnerApi.bookings.test");
        assertThat(partner.findAll(postRequestedFor(urlPathEqualTo("/api/appointments")))).isEmpty();
    }

    @Test
    void aRefusalIsReportedWithThePartnersAnswer() {
        JsonNode r = relay("").dryRun(List.of("leads"), "ns", "ast-2", "c-refused", "rev1");
        assertThat(outcome(r, "leads").path("outcome").asText()).isEqualTo("refused");
        assertThat(outcome(r, "leads").path("detail").asText()).contains("HTTP 403", "unknown account c-refused");
        assertThat(relay("").partnerApiEndpoints().at("/endpoints/leads/testMarker").asText())
                .isEqualTo("header X-Partner-Test: true");
    }
}
