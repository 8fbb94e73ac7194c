package io.xapp.runtime.bridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.xapp.runtime.testing.RuntimeTestEnvironment;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP bridge client against a real HTTP server speaking the contract of docs/contracts.md. */
class HttpBridgeClientTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private WireMockServer bridge;
    private HttpBridgeClient client;

    @BeforeEach
    void start() {
        bridge = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        bridge.start();
        RuntimeTestEnvironment.stubBridge(bridge);
        URI base = HttpBridgeClient.assistantBase(bridge.baseUrl(), RuntimeTestEnvironment.NAMESPACE,
                RuntimeTestEnvironment.NAME);
        client = new HttpBridgeClient(base, "t0ken", executor);
    }

    @AfterEach
    void stop() {
        bridge.stop();
        executor.shutdownNow();
    }

    @Test
    void usageIsPostedAsOneBatch() {
        var events = List.of(new UsageEvent("e1", "s1", "u1", "widget", "hours?", false, "2030-01-01T00:00:00Z"),
                new UsageEvent("e2", "s1", "u1", "search", "botox", true, "2030-01-01T00:00:01Z"));
        assertThat(client.sendUsage(events).toCompletableFuture().join()).isEqualTo(2);
        bridge.verify(postRequestedFor(urlPathEqualTo(RuntimeTestEnvironment.BRIDGE_BASE + "/usage"))
                .withHeader("Authorization", equalTo("Bearer t0ken"))
                .withRequestBody(matchingJsonPath("$.events[1].noContent", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.events[0].channel", equalTo("widget"))));
    }

    @Test
    void slotsAreAskedForWithFromAndDays() {
        List<Slot> slots = client.slots(LocalDate.of(2030, 3, 4), 7).toCompletableFuture().join();
        assertThat(slots).hasSize(2);
        bridge.verify(getRequestedFor(urlPathEqualTo(RuntimeTestEnvironment.BRIDGE_BASE + "/booking/slots"))
                .withQueryParam("from", equalTo("2030-03-04")).withQueryParam("days", equalTo("7")));
    }

    @Test
    void aClientErrorIsNotRetried() {
        bridge.stubFor(post(urlPathEqualTo(RuntimeTestEnvironment.BRIDGE_BASE + "/leads"))
                .willReturn(aResponse().withStatus(400)));
        var lead = new Lead("l1", "s1", "Ada", "ada@example.com", null, "hi", null, "2030-01-01T00:00:00Z");
        assertThatThrownBy(() -> client.sendLead(lead).toCompletableFuture().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(BridgeException.class)
                .hasMessageContaining("400");
        bridge.verify(1, postRequestedFor(urlPathEqualTo(RuntimeTestEnvironment.BRIDGE_BASE + "/leads")));
    }
}
