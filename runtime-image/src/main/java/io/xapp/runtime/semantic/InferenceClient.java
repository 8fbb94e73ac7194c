package io.xapp.runtime.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link Embedder} over HTTP: the partner environment's inference service ({@code POST /v1/embeddings}, contract in
 * docs/contracts.md), authenticated with the assistant's token. Blocking calls with a timeout that fits the caller:
 * a visitor's question waits briefly (it is answered from BM25 alone if the service is slow); indexing (the model
 * asked, passages and the site's words embedded) waits longer, since nobody waits on it and a service busy with
 * other runtimes' indexes would otherwise leave this whole index without vectors.
 */
public final class InferenceClient implements Embedder {

    /** The service's own limit per request. */
    public static final int MAX_BATCH = 64;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration VISITOR_WAITING_TIMEOUT = Duration.ofMillis(1500);
    private static final Duration INDEXING_TIMEOUT = Duration.ofSeconds(60);
    private static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    private final URI base;
    private final String assistant;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean lastCallAnswered;
    private final AtomicLong busyAnswers = new AtomicLong();

    /**
     * @param base      the service's base URL
     * @param assistant "namespace/name" of this runtime's Assistant
     * @param token     the assistant token (the one the runtime presents to the bridge)
     */
    public InferenceClient(URI base, String assistant, String token) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.assistant = assistant;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public boolean available() {
        return lastCallAnswered;
    }

    @Override
    public long busyAnswers() {
        return busyAnswers.get();
    }

    @Override
    public Model model() {
        JsonNode body = call(HttpRequest.newBuilder(base.resolve("v1/model")).timeout(INDEXING_TIMEOUT).GET(), "model");
        return new Model(body.path("model").asText(), body.path("dimensions").asInt());
    }

    @Override
    public Embeddings embed(Kind kind, List<String> texts) {
        return embed(kind, texts, "background", INDEXING_TIMEOUT);
    }

    @Override
    public Embeddings embedWhileAVisitorWaits(List<String> questions) {
        return embed(Kind.QUERY, questions, "interactive", VISITOR_WAITING_TIMEOUT);
    }

    /** @param priority the service's queue: a visitor's texts go before any index build's (docs/contracts.md) */
    private Embeddings embed(Kind kind, List<String> texts, String priority, Duration timeout) {
        if (texts.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " texts per request, not " + texts.size());
        }
        byte[] request;
        try {
            request = json.writeValueAsBytes(Map.of("kind", kind.wireName(), "priority", priority, "texts", texts));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JsonNode body = call(HttpRequest.newBuilder(base.resolve("v1/embeddings"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)), "embeddings");
        JsonNode vectors = body.path("vectors");
        if (vectors.size() != texts.size()) {
            throw new EmbeddingUnavailableException("the inference service at " + base + " returned "
                    + vectors.size() + " vectors for " + texts.size() + " texts");
        }
        Model model = new Model(body.path("model").asText(), body.path("dimensions").asInt());
        List<float[]> out = new ArrayList<>(texts.size());
        for (JsonNode vector : vectors) {
            float[] v = new float[vector.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) vector.get(i).asDouble();
            }
            if (v.length != model.dimensions()) {
                throw new EmbeddingUnavailableException("the inference service at " + base + " returned a vector of "
                        + v.length + " dimensions for model " + model.name() + " of " + model.dimensions());
            }
            out.add(Vectors.normalise(v));
        }
        return new Embeddings(model, out);
    }

    private JsonNode call(HttpRequest.Builder request, String what) {
        try {
            JsonNode body = send(request, what);
            lastCallAnswered = true;
            return body;
        } catch (EmbeddingUnavailableException e) {
            lastCallAnswered = false;
            throw e;
        }
    }

    private JsonNode send(HttpRequest.Builder request, String what) {
        request.header("Authorization", "Bearer " + token).header("X-Xapp-Assistant", assistant);
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 503) {
                busyAnswers.incrementAndGet();
                throw new InferenceBusyException("the inference service at " + base + " is busy with " + what + ": "
                        + abbreviate(response.body()), retryAfter(response));
            }
            if (response.statusCode() != 200) {
                throw new EmbeddingUnavailableException("the inference service at " + base + " answered "
                        + response.statusCode() + " to " + what + ": " + abbreviate(response.body()));
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new EmbeddingUnavailableException("the inference service at " + base + " did not answer " + what
                    + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingUnavailableException("interrupted while asking the inference service for " + what, e);
        }
    }

    /** Retry-After in seconds (what the service sends), else 5 s; within 1 to 60 s. */
    private static Duration retryAfter(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").map(String::strip)
                .filter(v -> v.matches("[0-9]{1,6}")).map(Long::parseLong).orElse(DEFAULT_RETRY_AFTER_SECONDS);
        return Duration.ofSeconds(Math.max(1, Math.min(60, seconds)));
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
