package io.xapp.testing.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;

/**
 * The partner's CRM APIs for leads, appointments and availability: a real HTTP server (WireMock) on 127.0.0.1,
 * configured in the chart's {@code partnerApi} as a partner would. Its contract marks a request as a test with the
 * header {@value #TEST_HEADER}: true, so the QA checks' dry run may call it. It knows every account, unless a test
 * says it refuses one.
 */
public final class PartnerApi implements AutoCloseable {

    public static final String TEST_HEADER = "X-Partner-Test";
    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    private PartnerApi() {
        server.start();
        server.stubFor(post(urlPathEqualTo("/crm/leads")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"created\"}")));
        server.stubFor(post(urlPathEqualTo("/crm/appointments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"created\"}")));
        server.stubFor(get(urlPathEqualTo("/crm/availability")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"slots\":[{\"start\":"
                        + "\"2030-03-04T09:00:00Z\",\"end\":\"2030-03-04T09:30:00Z\"}]}")));
    }

    public static PartnerApi start() {
        return new PartnerApi();
    }

    /** The partner refuses leads and appointments for this customer: an account it does not know. */
    public void refuse(String customerId) {
        for (String path : new String[] {"/crm/leads", "/crm/appointments"}) {
            server.stubFor(post(urlPathEqualTo(path)).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.account_id", equalTo(customerId)))
                    .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                            .withBody("{\"error\":\"unknown account " + customerId + "\"}")));
        }
    }

    /** The chart's {@code partnerApi} values. */
    public Map<String, Object> chartValues() {
        Map<String, Object> test = Map.of("header", TEST_HEADER, "value", "true");
        Map<String, String> account = Map.of("customerId", "account_id");
        return Map.of(
                "leads", Map.of("url", server.baseUrl() + "/crm/leads", "mapping", account, "test", test),
                "bookings", Map.of("url", server.baseUrl() + "/crm/appointments", "mapping", account, "test", test),
                "slots", Map.of("url", server.baseUrl() + "/crm/availability"));
    }

    public WireMockServer server() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }
}
