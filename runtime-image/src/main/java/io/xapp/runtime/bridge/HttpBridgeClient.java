package io.xapp.runtime.bridge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * {@link BridgeClient} over HTTP: {@code <bridgeUrl>/internal/v1/assistants/<namespace>/<name>} with the assistant's
 * bearer token. Asynchronous end to end, so no request thread waits on the bridge; a call that got no answer or a
 * 5xx is retried with backoff and the same body (the ids make that safe).
 */
public final class HttpBridgeClient implements BridgeClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** Delays before the second and third attempt. */
    private static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMillis(300), Duration.ofSeconds(1));

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public HttpBridgeClient(URI base, String token, Executor executor) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).executor(executor).build();
    }

    /** The assistant's base URL on the bridge. */
    public static URI assistantBase(String bridgeUrl, String namespace, String name) {
        String root = bridgeUrl.endsWith("/") ? bridgeUrl.substring(0, bridgeUrl.length() - 1) : bridgeUrl;
        return URI.create(root + "/internal/v1/assistants/" + namespace + "/" + name + "/");
    }

    @Override
    public CompletionStage<Accepted> sendLead(Lead lead) {
        return post("leads", lead).thenApply(body -> {
            IdStatus r = read(body, IdStatus.class);
            return new Accepted(r.leadId(), r.status());
        });
    }

    @Override
    public CompletionStage<List<Slot>> slots(LocalDate from, int days) {
        HttpRequest request = request("booking/slots?from=" + from + "&days=" + days).GET().build();
        return send(request, 0).thenApply(body -> read(body, SlotList.class).slots());
    }

    @Override
    public CompletionStage<Accepted> book(Booking booking) {
        return post("bookings", booking).thenApply(body -> {
            IdStatus r = read(body, IdStatus.class);
            return new Accepted(r.bookingId(), r.status());
        });
    }

    @Override
    public CompletionStage<Integer> sendUsage(List<UsageEvent> events) {
        return post("usage", Map.of("events", events)).thenApply(body -> read(body, UsageAccepted.class).accepted());
    }

    private CompletableFuture<String> post(String path, Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            HttpRequest request = request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            return send(request, 0);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(new BridgeException("cannot write the request to the bridge", e));
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private CompletableFuture<String> send(HttpRequest request, int attempt) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .<CompletableFuture<String>>handle((response, error) -> {
                    if (error != null) {
                        return failure(new BridgeException("the bridge did not answer " + request.method() + " "
                                + request.uri().getPath() + ": " + cause(error).getMessage(), cause(error)));
                    }
                    if (response.statusCode() / 100 == 2) {
                        return CompletableFuture.completedFuture(response.body());
                    }
                    return failure(new BridgeException(response.statusCode(), "the bridge answered "
                            + response.statusCode() + " to " + request.method() + " " + request.uri().getPath()
                            + excerpt(response.body())));
                })
                .thenCompose(result -> result)
                .exceptionallyCompose(error -> retry(request, attempt, cause(error)));
    }

    private CompletableFuture<String> retry(HttpRequest request, int attempt, Throwable error) {
        if (error instanceof BridgeException b && b.retryable() && attempt < RETRY_DELAYS.size()) {
            Executor later = CompletableFuture.delayedExecutor(RETRY_DELAYS.get(attempt).toMillis(),
                    TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> null, later).thenCompose(x -> send(request, attempt + 1));
        }
        return failure(error);
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new BridgeException(200, "the bridge's answer is not the expected JSON: " + e.getMessage());
        }
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat);
    }

    private static <T> CompletableFuture<T> failure(Throwable error) {
        return CompletableFuture.failedFuture(error);
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record IdStatus(String leadId, String bookingId, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record SlotList(List<Slot> slots) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record UsageAccepted(int accepted) {
    }
}
