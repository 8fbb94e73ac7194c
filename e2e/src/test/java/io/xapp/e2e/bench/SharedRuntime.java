package io.xapp.e2e.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.xapp.testing.platform.Component;
import io.xapp.testing.processes.ChildProcesses;
import io.xapp.testing.support.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * One real runtime (the packaged jar) standing in for the runtimes of many Assistants of one site, so a benchmark
 * can have a hundred Assistants checked without a hundred JVMs on a shared two-core machine: every Assistant's
 * public base URL ({@code http://127.0.0.1:<port>/<name>/...}) is forwarded, without the name, to it. The
 * Assistants' Secrets must carry its keys ({@link #WIDGET_KEY}, ...). Its rate limits are lifted: here one process
 * answers the checks of all of them, which in a cluster each runtime does for its own.
 */
final class SharedRuntime implements AutoCloseable {

    static final String WIDGET_KEY = "wk_bench_shared";
    static final String SEARCH_KEY = "sk_bench_shared";
    static final String PREVIEW_TOKEN = "preview-bench-shared";
    private static final Set<String> FORWARDED = Set.of("x-xapp-key", "origin", "content-type", "accept");
    private static final Set<String> RETURNED = Set.of("content-type", "access-control-allow-origin", "retry-after",
            "cache-control");

    private final Process process;
    private final HttpServer router;
    private final int runtimePort = LoopbackPorts.free();
    private final HttpClient http = HttpClient.newHttpClient();

    private SharedRuntime(URI website, Path dir) throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"companyName": "Shared", "website": "%s", "channels": ["widget", "search"],
                 "crawl": {"cadence": "24h", "maxPages": 200, "allowLoopback": true},
                 "allowedOrigins": ["%s"],
                 "rateLimits": {"perKeyPerMinute": 1000000, "perClientPerMinute": 1000000},
                 "dataDir": "%s"}
                """.formatted(website, website.getScheme() + "://" + website.getAuthority(), dir.resolve("data")));
        List<String> command = new ArrayList<>(Component.RUNTIME.command());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("runtime.log").toFile());
        pb.environment().putAll(java.util.Map.of("XAPP_CONFIG_FILE", config.toString(), "XAPP_WIDGET_KEY", WIDGET_KEY,
                "XAPP_SEARCH_KEY", SEARCH_KEY, "XAPP_PREVIEW_TOKEN", PREVIEW_TOKEN, "XAPP_SECRETS_DIR",
                dir.resolve("no-secrets").toString(), "QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_HTTP_PORT",
                Integer.toString(runtimePort)));
        process = ChildProcesses.start(pb);
        router = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        router.setExecutor(Executors.newFixedThreadPool(16));
        router.createContext("/", this::forward);
        router.start();
    }

    static SharedRuntime start(URI website, Path dir) {
        try {
            Files.createDirectories(dir);
            SharedRuntime runtime = new SharedRuntime(website, dir);
            runtime.awaitReady(dir);
            return runtime;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the shared runtime in " + dir, e);
        }
    }

    /** The public base URL to give the partner environment: {@code <it>/<assistant name>} reaches the runtime. */
    URI publicBaseUrl() {
        return URI.create("http://127.0.0.1:" + router.getAddress().getPort());
    }

    private void awaitReady(Path dir) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtimePort
                        + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!process.isAlive()) {
                break;
            }
            sleep();
        }
        throw new IllegalStateException("the shared runtime did not get ready; see " + dir.resolve("runtime.log"));
    }

    /** /{name}/{rest} to the runtime's /{rest}, as an Ingress to each Assistant's own runtime would. */
    private void forward(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getRawPath();
            int second = path.indexOf('/', 1);
            String rest = second < 0 ? "/" : path.substring(second);
            String query = x.getRequestURI().getRawQuery();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtimePort + rest
                    + (query == null ? "" : "?" + query)));
            x.getRequestHeaders().forEach((name, values) -> {
                if (FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            byte[] body = x.getRequestBody().readAllBytes();
            request.method(x.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (RETURNED.contains(name.toLowerCase())) {
                    x.getResponseHeaders().put(name, values);
                }
            });
            x.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            x.getResponseBody().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        router.stop(0);
        ChildProcesses.stop(process, Duration.ofSeconds(10));
    }
}
