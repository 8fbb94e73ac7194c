package io.xapp.testing.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * What the Ingress does for the runtimes in a cluster: {@code /<assistant>/...} goes to that assistant's runtime,
 * path unchanged (the runtime serves under its name too). Like ingress-nginx it speaks HTTP/1.1 to the runtime and
 * streams the request body, so the runtime's own answers (a 413 for an oversized body among them) reach the client
 * as they are; its own errors are JSON like the runtime's.
 */
final class PathRouter implements AutoCloseable {

    // Hop-by-hop headers and those the JDK client sets itself.
    private static final Set<String> SKIPPED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Function<String, Optional<Integer>> upstreams;

    private PathRouter(HttpServer server, Function<String, Optional<Integer>> upstreams) {
        this.server = server;
        this.upstreams = upstreams;
    }

    /** {@code upstreams}: the local port of the runtime standing in for a Deployment name, if one runs. */
    static PathRouter start(int port, Function<String, Optional<Integer>> upstreams) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        PathRouter router = new PathRouter(server, upstreams);
        server.createContext("/", router::handle);
        server.setExecutor(router.executor);
        server.start();
        return router;
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            forward(exchange);
        }
    }

    private void forward(HttpExchange exchange) {
        try {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
            Optional<Integer> port = upstreams.apply(first);
            if (port.isEmpty()) {
                reply(exchange, 502, "no running runtime stands in for '" + first + "'");
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get()
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                    .timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body(exchange));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!SKIPPED.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.headers().map().forEach((name, values) -> {
                if (!SKIPPED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || response.statusCode() == 204
                    || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : 0);
            try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
                if (!noBody) {
                    in.transferTo(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            reply(exchange, 502, "runtime did not answer: " + e.getMessage());
        }
    }

    /** The request body as it arrives, with its declared length when there is one (else sent chunked). */
    private static HttpRequest.BodyPublisher body(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean chunked = "chunked".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Transfer-Encoding"));
        long length = declared == null ? (chunked ? -1 : 0) : Long.parseLong(declared.trim());
        if (length == 0) {
            return HttpRequest.BodyPublishers.noBody();
        }
        var stream = HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody);
        return length < 0 ? stream : HttpRequest.BodyPublishers.fromPublisher(stream, length);
    }

    private static void reply(HttpExchange exchange, int status, String error) {
        try {
            byte[] b = Serialization.asJson(Map.of("error", error)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, b.length);
            exchange.getResponseBody().write(b);
        } catch (IOException | RuntimeException ignored) {
            // The response was already started; nothing more to tell the client.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
