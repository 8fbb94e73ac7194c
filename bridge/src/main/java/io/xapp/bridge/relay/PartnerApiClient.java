package io.xapp.bridge.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.bridge.config.PartnerApiSettings.Auth;
import io.xapp.bridge.config.PartnerApiSettings.Endpoint;
import io.xapp.bridge.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Calls the partner's APIs with the configured authentication. Secrets are resolved once, on first use. */
final class PartnerApiClient {

    private final HttpClient http;
    private final Duration timeout;
    private final Map<Auth, String> authHeaderValues = new ConcurrentHashMap<>();

    PartnerApiClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What the partner answered. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** @param headers sent as well (a test marker) */
    Answer post(String what, Endpoint endpoint, ObjectNode body, String idempotencyKey, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)));
        headers.forEach(request::header);
        authenticate(what, endpoint.auth(), request);
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    Answer get(String what, Endpoint endpoint, Map<String, String> query) throws IOException, InterruptedException {
        String qs = query.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String url = endpoint.url() + (qs.isEmpty() ? "" : (endpoint.url().contains("?") ? "&" : "?") + qs);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json").GET();
        authenticate(what, endpoint.auth(), request);
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    private void authenticate(String what, Auth auth, HttpRequest.Builder request) {
        switch (auth.type()) {
            case "bearer" -> request.header("Authorization", "Bearer " + secret(what, auth));
            case "basic" -> request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (auth.username() + ":" + secret(what, auth)).getBytes(StandardCharsets.UTF_8)));
            case "header" -> request.header(auth.header(), secret(what, auth));
            default -> { }
        }
    }

    private String secret(String what, Auth auth) {
        return authHeaderValues.computeIfAbsent(auth, a -> a.secret().resolve("partnerApi." + what + ".auth.secret"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
