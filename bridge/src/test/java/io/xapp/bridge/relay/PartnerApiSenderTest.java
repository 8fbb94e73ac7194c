package io.xapp.bridge.relay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.xapp.bridge.config.PartnerApiSettings;
import io.xapp.bridge.config.PartnerApiSettings.Endpoint;
import io.xapp.bridge.outbox.DeliveryResult;
import io.xapp.bridge.outbox.OutboxEntry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which answers of the partner's API deliver a lead, which are tried again, and when the relay gives up. */
class PartnerApiSenderTest {

    private WireMockServer partner;

    @BeforeEach
    void setUp() {
        partner = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        partner.start();
    }

    @AfterEach
    void tearDown() {
        partner.stop();
    }

    private static PartnerApiSender sender(String leadsUrl) {
        Endpoint leads = new Endpoint(leadsUrl, null, null, null, null, null);
        PartnerApiSettings settings = new PartnerApiSettings(leads, null, null, "2s", 3);
        return new PartnerApiSender(RelayKind.LEAD, settings, new PartnerApiClient(Duration.ofSeconds(2)));
    }

    private static OutboxEntry lead(String payload, int attempts) {
        return new OutboxEntry("LEAD", "l-1", "ns", "ast-a", payload, attempts);
    }

    private void partnerAnswers(int status) {
        partner.resetAll();
        partner.stubFor(post(urlPathEqualTo("/leads")).willReturn(aResponse().withStatus(status).withBody("why")));
    }

    @Test
    void aFailingAnswerIsTriedAgainUntilTheLastOfMaxAttempts() {
        PartnerApiSender sender = sender(partner.baseUrl() + "/leads");
        partnerAnswers(503);
        assertThat(sender.send(lead("{\"email\":\"a@example.com\"}", 0)))
                .isEqualTo(DeliveryResult.retryLater("partner answered HTTP 503: why"));
        assertThat(sender.send(lead("{\"email\":\"a@example.com\"}", 2))).as("the third of maxAttempts: 3")
                .isEqualTo(DeliveryResult.giveUp("partner answered HTTP 503: why"));
        partnerAnswers(429);
        assertThat(sender.send(lead("{}", 0))).isInstanceOf(DeliveryResult.RetryLater.class);
        partnerAnswers(422);
        assertThat(sender.send(lead("{}", 0))).as("a refusal retrying cannot change")
                .isEqualTo(DeliveryResult.giveUp("partner answered HTTP 422: why"));
        partnerAnswers(201);
        assertThat(sender.send(lead("{}", 2))).isEqualTo(DeliveryResult.delivered("HTTP 201"));
    }

    @Test
    void anUnreachableApiIsTriedAgainWhateverTheAttempts() {
        PartnerApiSender sender = sender("http://127.0.0.1:9/leads");
        DeliveryResult result = sender.send(lead("{}", 10));
        assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
        assertThat(((DeliveryResult.RetryLater) result).reason()).startsWith("partner API unreachable");
    }

    @Test
    void aStoredBodyThatIsNotAJsonObjectIsGivenUpWithTheReason() {
        DeliveryResult result = sender(partner.baseUrl() + "/leads").send(lead("[1, 2]", 0));
        assertThat(result).isEqualTo(DeliveryResult.giveUp("the stored body is not a JSON object: [1, 2]"));
    }
}
