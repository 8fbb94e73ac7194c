package io.xapp.testing.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the Ingress does for the runtimes in a cluster: {@code /<assistant>/...} goes to that assistant's runtime,
 * path unchanged (the runtime serves under its name too).
 */
final class PathRouter implements AutoCloseable {

    // Hop-by-hop headers and those the JDK client sets itself.
    private static final Set<String> SKIPPED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Processes processes;

    private PathRouter(HttpServer server, Processes processes) {
        this.server = server;
        this.processes = processes;
    }

    static PathRouter start(int port, Processes processes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        PathRouter router = new PathRouter(server, processes);
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
            Optional<Integer> port = processes.portOf(first);
            if (port.isEmpty()) {
                reply(exchange, 502, "no running runtime stands in for '" + first + "'\n");
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
            reply(exchange, 502, "runtime did not answer: " + e.getMessage() + "\n");
        }
    }

    private static HttpRequest.BodyPublisher body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        return bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    private static void reply(HttpExchange exchange, int status, String text) {
        try {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
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
