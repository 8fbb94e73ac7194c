package io.xapp.bridge.relay;

import io.xapp.bridge.web.RequestException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.bridge.outbox.Backoff;
import io.xapp.bridge.outbox.OutboxState;
import io.xapp.bridge.outbox.OutboxStore;
import io.xapp.bridge.store.Database;
import io.xapp.testing.support.MutableClock;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.bridge.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leads and bookings through the durable outbox to a real HTTP server standing in for the partner's API. */
class RelayServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private int port;
    private WireMockServer partner;
    private Database db;
    private RelayService relay;

    @BeforeEach
    void setUp() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        partner = new WireMockServer(options().bindAddress("127.0.0.1").port(port));
        partner.start();
        String base = "http://127.0.0.1:" + port;
        BridgeConfig config = TestConfig.create("relay").partnerApi("""
                  leads:
                    url: %1$s/api/leads
                    auth: {type: bearer, secret: {value: partner-token}}
                    mapping: {name: contact.full_name, email: contact.email, phone: contact.phone, sessionId: "", customerId: account_id}
                    constants: {source: xapp}
                  bookings:
                    url: %1$s/api/appointments
                    auth: {type: header, header: X-Partner-Key, secret: {value: k-123}}
                    mapping: {slotStart: starts_at, slotEnd: ends_at, customerId: account_id}
                  slots:
                    url: %1$s/api/availability
                    auth: {type: basic, username: xapp, secret: {value: pw}}
                    mapping: {from: start_date, days: num_days, customerId: account}
                    response: {items: data.open, start: begins, end: finishes}
                """.formatted(base)).build();
        db = TestDatabase.open("relay");
        relay = new RelayService(db, config.partnerApi(), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)),
                clock);
    }

    @AfterEach
    void tearDown() {
        partner.stop();
        db.close();
    }

    private static ObjectNode lead(String id) {
        ObjectNode n = JSON.createObjectNode();
        n.put("leadId", id).put("sessionId", "s-1").put("name", "Ada Lovelace").put("email", "ada@example.com")
                .put("phone", "+1 555 0100").put("message", "Call me").put("pageUrl", "https://site.example/contact")
                .put("createdAt", "2026-11-28T09:59:00Z");
        return n;
    }

    @Test
    void aLeadSurvivesThePartnerBeingDownAndArrivesExactlyOnce() {
        partner.stop(); // down: connection refused
        assertThat(relay.accept(RelayKind.LEAD, "ns", "ast-a", "cust-1", lead("lead-1"))).isTrue();
        assertThat(relay.dispatch()).isZero();
        // The runtime retries its call while the partner is down: the same lead is not stored again.
        assertThat(relay.accept(RelayKind.LEAD, "ns", "ast-a", "cust-1", lead("lead-1"))).isFalse();

        partner = new WireMockServer(options().bindAddress("127.0.0.1").port(port));
        partner.start();
        partner.stubFor(post("/api/leads").willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofMinutes(2));
        assertThat(relay.dispatch()).isZero(); // up but failing

        partner.stubFor(post("/api/leads").willReturn(aResponse().withStatus(201).withBody("{\"ok\":true}")));
        assertThat(relay.dispatch()).as("not due before its backoff").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(relay.dispatch()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(relay.dispatch()).as("delivered items are not sent again").isZero();
        assertThat(relay.accept(RelayKind.LEAD, "ns", "ast-a", "cust-1", lead("lead-1"))).isFalse();
        assertThat(relay.dispatch()).isZero();

        // Two attempts reached this server (503, then 201), both with the same idempotency key: one lead arrived.
        partner.verify(2, postRequestedFor(urlPathEqualTo("/api/leads"))
                .withHeader("Idempotency-Key", equalTo("lead-lead-1"))
                .withHeader("Authorization", equalTo("Bearer partner-token"))
                .withRequestBody(equalToJson("""
                        {"leadId": "lead-1", "contact": {"full_name": "Ada Lovelace", "email": "ada@example.com",
                         "phone": "+1 555 0100"}, "message": "Call me", "pageUrl": "https://site.example/contact",
                         "createdAt": "2026-11-28T09:59:00Z", "account_id": "cust-1", "source": "xapp"}""")));
        assertThat(new OutboxStore(db).count(OutboxState.DELIVERED)).isEqualTo(1);
    }

    @Test
    void aRefusedLeadIsNotRetriedForever() {
        partner.stubFor(post("/api/leads").willReturn(aResponse().withStatus(422).withBody("{\"error\":\"bad phone\"}")));
        relay.accept(RelayKind.LEAD, "ns", "ast-a", "cust-1", lead("lead-2"));
        assertThat(relay.dispatch()).isZero();
        clock.advance(Duration.ofHours(1));
        relay.dispatch();
        partner.verify(1, postRequestedFor(urlPathEqualTo("/api/leads")));
        assertThat(new OutboxStore(db).count(OutboxState.FAILED)).isEqualTo(1);
    }

    @Test
    void bookingsUseTheirOwnEndpointAuthAndMapping() {
        partner.stubFor(post("/api/appointments").willReturn(aResponse().withStatus(200)));
        ObjectNode booking = JSON.createObjectNode().put("bookingId", "b-1").put("name", "Ada")
                .put("email", "ada@example.com").put("slotStart", "2026-12-01T09:00:00Z")
                .put("slotEnd", "2026-12-01T09:30:00Z");
        assertThat(relay.accept(RelayKind.BOOKING, "ns", "ast-a", "cust-1", booking)).isTrue();
        assertThat(relay.dispatch()).isEqualTo(1);
        partner.verify(1, postRequestedFor(urlPathEqualTo("/api/appointments"))
                .withHeader("X-Partner-Key", equalTo("k-123"))
                .withHeader("Idempotency-Key", equalTo("booking-b-1"))
                .withRequestBody(equalToJson("""
                        {"bookingId": "b-1", "name": "Ada", "email": "ada@example.com",
                         "starts_at": "2026-12-01T09:00:00Z", "ends_at": "2026-12-01T09:30:00Z",
                         "account_id": "cust-1"}""")));
    }

    @Test
    void slotsAreLookedUpLiveAndReshaped() {
        partner.stubFor(get(urlPathEqualTo("/api/availability")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"data": {"open": [{"begins": "2026-12-01T09:00:00-05:00", "finishes": "2026-12-01T09:30:00-05:00"},
                                           {"begins": "2026-12-01T10:00:00-05:00", "finishes": "2026-12-01T10:30:00-05:00"}]}}""")));
        ObjectNode slots = relay.slots("cust-1", "2026-12-01", 3);
        assertThat(slots.toString()).isEqualTo("{\"slots\":[{\"start\":\"2026-12-01T09:00:00-05:00\","
                + "\"end\":\"2026-12-01T09:30:00-05:00\"},{\"start\":\"2026-12-01T10:00:00-05:00\","
                + "\"end\":\"2026-12-01T10:30:00-05:00\"}]}");
        partner.verify(getRequestedFor(urlPathEqualTo("/api/availability"))
                .withQueryParam("start_date", equalTo("2026-12-01")).withQueryParam("num_days", equalTo("3"))
                .withQueryParam("account", equalTo("cust-1"))
                .withHeader("Authorization", equalTo("Basic eGFwcDpwdw==")));
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> relay.accept(RelayKind.LEAD, "ns", "a", "c", JSON.createObjectNode()
                .put("name", "x"))).hasMessageContaining("leadId is required");
        assertThatThrownBy(() -> relay.accept(RelayKind.LEAD, "ns", "a", "c", JSON.createObjectNode()
                .put("leadId", "l"))).hasMessageContaining("needs an email or a phone");
        assertThatThrownBy(() -> relay.slots("c", "soon", 3)).hasMessageContaining("from must be an ISO date");
        partner.stop();
        assertThatThrownBy(() -> relay.slots("c", "2026-12-01", 3))
                .isInstanceOf(RequestException.class).hasMessageContaining("unreachable");
    }
}
