package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The checks' HTTP to our own services (the runtime's public API, the bridge): one shared JDK client, each request
 * with a timeout, a 429 waited out as Retry-After says (briefly), and failures as {@link CheckException}s that name
 * the request.
 */
final class JsonHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 3;
    private static final long MAX_RETRY_AFTER_SECONDS = 5;

    private final HttpClient client;
    private final Duration timeout;

    JsonHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    record Response(int status, String body, HttpResponse<String> raw) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    /** A request with this client's timeout. */
    HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    Response send(HttpRequest built) throws CheckException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> r;
            try {
                r = client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new CheckException(describe(built) + " failed: " + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()), e);
            }
            if (r.statusCode() == 429 && attempt < ATTEMPTS) {
                long wait = r.headers().firstValue("Retry-After").map(JsonHttp::seconds).orElse(1L);
                Thread.sleep(Math.min(wait, MAX_RETRY_AFTER_SECONDS) * 1000);
                continue;
            }
            return new Response(r.statusCode(), r.body(), r);
        }
    }

    /** The body of a 2xx answer as JSON; anything else is a {@link CheckException} quoting the answer. */
    JsonNode json(HttpRequest built) throws CheckException, InterruptedException {
        Response r = send(built);
        if (!r.ok()) {
            throw new CheckException(describe(built) + " answered HTTP " + r.status() + ": " + abbreviate(r.body()));
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new CheckException(describe(built) + " answered with something that is not JSON: "
                    + abbreviate(r.body()), e);
        }
    }

    static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }

    private static long seconds(String value) {
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
