package io.xapp.testing.platform.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.api.v1alpha1.InstallStatus;
import io.xapp.testing.platform.PartnerPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The partner's side of the contract (seed/partner-integration.md): events emitted through the platform's
 * {@link io.xapp.testing.platform.PartnerAws} (into our queue as their rule delivers them, or on their own bus),
 * ReadyForInstallation read from the inbox their bus copies it to, and the analytics endpoint called with their key.
 */
public final class Partner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnerPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Partner(PartnerPlatform platform) {
        this.platform = platform;
    }

    /** CreateSubscription, emitted as the partner does. */
    public void subscribe(String customerId, String companyName, URI website, String tier, String template) {
        ObjectNode detail = JSON.createObjectNode().put("tier", tier).put("contract_length", 12)
                .put("id", customerId).put("website", website.toString()).put("template", template)
                .put("company_name", companyName);
        send("CreateSubscription", detail);
    }

    /** Cancellation, emitted as the partner does. */
    public void cancel(String customerId, Instant effectiveDate) {
        send("Cancellation", JSON.createObjectNode().put("id", customerId)
                .put("effective_date", effectiveDate.truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    private void send(String detailType, ObjectNode detail) {
        platform.partnerAws().emit(detailType, detail.toString());
    }

    /** The ReadyForInstallation event for {@code customerId} in the partner's inbox, if it has arrived. */
    public Optional<JsonNode> readyForInstallation(String customerId) throws IOException {
        for (Message m : platform.partnerAws().drainInbox(1)) {
            JsonNode event = JSON.readTree(m.body());
            if ("ReadyForInstallation".equals(event.path("detail-type").asText())
                    && customerId.equals(event.path("detail").path("id").asText())) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /**
     * Waits for the ReadyForInstallation of {@code customerId} in the partner's inbox and checks that it carries
     * exactly the snippets and keys of {@code install} (the Assistant's status); returns the event.
     */
    public JsonNode awaitReadyForInstallation(String customerId, InstallStatus install) {
        AtomicReference<JsonNode> event = new AtomicReference<>();
        await("ReadyForInstallation for " + customerId + " in the partner's inbox (rule on their bus)")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                    Optional<JsonNode> found = readyForInstallation(customerId);
                    found.ifPresent(event::set);
                    return found.isPresent();
                });
        JsonNode detail = event.get().path("detail");
        assertThat(detail.path("widget_snippet").asText()).isEqualTo(install.getWidgetSnippet());
        assertThat(detail.path("widget_key").asText()).isEqualTo(install.getWidgetKey());
        assertThat(detail.path("search_snippet").asText()).isEqualTo(install.getSearchSnippet());
        assertThat(detail.path("search_key").asText()).isEqualTo(install.getSearchKey());
        return event.get();
    }

    /** GET the analytics of {@code customerId} from yesterday to tomorrow (UTC) with the partner's key. */
    public JsonNode analytics(String customerId) throws IOException, InterruptedException {
        HttpResponse<String> response = analyticsResponse(customerId);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The analytics call as it answered, whatever its status. */
    public HttpResponse<String> analyticsResponse(String customerId) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        URI uri = platform.bridgeUrl().resolve("/v1/partners/" + encode(platform.partnerId()) + "/customers/"
                + encode(customerId) + "/analytics?startDate=" + today.minusDays(1) + "&endDate=" + today.plusDays(1));
        return http.send(HttpRequest.newBuilder(uri).header("X-Api-Key", platform.analyticsKey())
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
