package io.xapp.runtime.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the runtime under test talks to, all on loopback: the fixture site (127.0.0.1), a host page of another
 * origin (127.0.0.2) for the browser tests, and a WireMock bridge. Writes the operator-style config.json and
 * Secret directory and points the runtime at them.
 */
public class RuntimeTestEnvironment implements QuarkusTestResourceLifecycleManager {

    public static final String NAMESPACE = "test-ns";
    public static final String NAME = "ast-test";
    public static final String WIDGET_KEY = "wk_test_0123456789";
    public static final String SEARCH_KEY = "sk_test_0123456789";
    public static final String BRIDGE_TOKEN = "bridge-token-for-tests";
    public static final String PREVIEW_TOKEN = "preview-token-for-tests";
    public static final String BRIDGE_BASE = "/internal/v1/assistants/" + NAMESPACE + "/" + NAME;
    /** The start of the second of the free times the stubbed bridge offers for booking. */
    public static final String SECOND_FREE_SLOT = "2030-03-04T10:00:00-07:00";
    /** Generous: all tests share one client address; the rate-limit test uses its own forwarded address. */
    public static final int PER_CLIENT_PER_MINUTE = 300;

    /** The operator's checklist beside config.json, as its ConfigMap mounts it (docs/contracts.md). */
    public static final String CHECKLIST = """
            {"run": {"revision": "rev-1", "state": "Warning", "summary": "6/7", "startedAt": "2030-03-04T09:00:00Z",
                     "completedAt": "2030-03-04T09:00:04Z"},
             "checks": [
               {"name": "Logo", "result": "Passed", "message": "The logo loads and decodes"},
               {"name": "PartnerApis", "result": "Warning", "message": "leads: cannot tell: no test marker"},
               {"name": "SampleAnswers", "result": "Passed", "message": "4 of 4 sample questions answered",
                "answers": [{"question": "Can you tell me about Opening hours?", "heading": "Opening hours",
                             "answer": "Saturday: 9:00 am - 1:00 pm", "source": "https://example.test/contact.html",
                             "noContent": false}]}]}
            """;

    private static StaticSiteServer site;
    private static StaticSiteServer host;
    private static WireMockServer bridge;

    public static StaticSiteServer site() {
        return site;
    }

    public static StaticSiteServer host() {
        return host;
    }

    public static WireMockServer bridge() {
        return bridge;
    }

    @Override
    public Map<String, String> start() {
        site = StaticSiteServer.serve(Fixtures.dental().resolve("www"), "127.0.0.1");
        host = StaticSiteServer.serve(Path.of("src/test/resources/host"), "127.0.0.2");
        bridge = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        bridge.start();
        stubBridge(bridge);
        try {
            Path dir = Files.createTempDirectory("xapp-runtime-test");
            Path secrets = Files.createDirectories(dir.resolve("secrets"));
            Files.writeString(secrets.resolve("widget-key"), WIDGET_KEY);
            Files.writeString(secrets.resolve("search-key"), SEARCH_KEY);
            Files.writeString(secrets.resolve("bridge-token"), BRIDGE_TOKEN);
            Files.writeString(secrets.resolve("preview-token"), PREVIEW_TOKEN);
            Path config = dir.resolve("config.json");
            Files.writeString(config, config(dir.resolve("data")));
            Files.writeString(dir.resolve("qa-checks.json"), CHECKLIST);
            return Map.of("xapp.config-file", config.toString(), "xapp.secrets-dir", secrets.toString(),
                    "xapp.usage-flush-interval", "1s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bridge's happy answers; tests add scenarios (failures) on top. */
    public static void stubBridge(WireMockServer bridge) {
        bridge.stubFor(post(urlPathEqualTo(BRIDGE_BASE + "/leads")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"leadId\":\"{{jsonPath request.body '$.leadId'}}\",\"status\":\"accepted\"}")
                .withTransformers("response-template")));
        bridge.stubFor(get(urlPathEqualTo(BRIDGE_BASE + "/booking/slots")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"slots\":[{\"start\":\"2030-03-04T09:00:00-07:00\",\"end\":\"2030-03-04T09:30:00-07:00\"},"
                        + "{\"start\":\"" + SECOND_FREE_SLOT + "\",\"end\":\"2030-03-04T10:30:00-07:00\"}]}")));
        bridge.stubFor(post(urlPathEqualTo(BRIDGE_BASE + "/bookings")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"bookingId\":\"{{jsonPath request.body '$.bookingId'}}\",\"status\":\"requested\"}")
                .withTransformers("response-template")));
        bridge.stubFor(post(urlPathEqualTo(BRIDGE_BASE + "/usage")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accepted\": {{jsonPath request.body '$.events.length()'}} }")
                .withTransformers("response-template")));
    }

    private static String config(Path dataDir) {
        return """
                {
                  "assistant": {"namespace": "%s", "name": "%s", "customerId": "cust-1", "revision": "rev-1"},
                  "companyName": "Brightside Family Dental",
                  "website": "%s",
                  "channels": ["widget", "search"],
                  "brand": {"name": "Brightside Family Dental", "logoUrl": "%sassets/logo.svg",
                            "primaryColor": "#0b7a75", "secondaryColor": "#14365d", "accentColor": "#f2a541",
                            "themeColor": "#0b7a75", "fontFamily": "Nunito"},
                  "template": {"greeting": "Hi! I'm the assistant of {company}. How can I help?",
                               "suggestedQuestions": ["Do you take my insurance?", "Are you open on Saturdays?"],
                               "callsToAction": [{"type": "leadCapture", "label": "Talk to our team"},
                                                 {"type": "booking", "label": "Book a visit"}],
                               "widget": {"position": "bottom-right", "launcherLabel": "Chat with Brightside"},
                               "vocabulary": %s},
                  "crawl": {"cadence": "24h", "maxPages": 100, "allowLoopback": true},
                  "allowedOrigins": ["%s", "https://www.brightside.example"],
                  "rateLimits": {"perKeyPerMinute": 100000, "perClientPerMinute": %d},
                  "bridgeUrl": "%s",
                  "dataDir": "%s"
                }
                """.formatted(NAMESPACE, NAME, site.baseUri(), site.baseUri(), healthcareVocabulary(), host.origin(),
                PER_CLIENT_PER_MINUTE,
                bridge.baseUrl(), dataDir);
    }

    /** The dental fixture runs with the built-in healthcare template's vocabulary, as a dental practice would. */
    private static String healthcareVocabulary() {
        try {
            return new ObjectMapper().writeValueAsString(Templates.vocabulary("healthcare"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (bridge != null) {
            bridge.stop();
        }
        if (host != null) {
            host.close();
        }
        if (site != null) {
            site.close();
        }
    }
}
