package io.xapp.operator.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A fixture website from the shared fixtures folder, served on 127.0.0.1 (never copied into the repository). The
 * folder is {@code xapp.fixtures.dir} (set by the build), or {@code XAPP_FIXTURES_DIR}.
 */
public final class FixtureSite implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "webmanifest", "application/manifest+json",
            "txt", "text/plain; charset=utf-8", "xml", "application/xml");

    private final HttpServer server;
    private volatile Duration delay = Duration.ZERO;

    private FixtureSite(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code site} (e.g. brightside-dental) on a free loopback port. */
    public static FixtureSite serve(String site) {
        return serveOn(site, 0);
    }

    /** Serves {@code site} on {@code port} (0: any free one). */
    public static FixtureSite serveOn(String site, int port) {
        Path root = fixturesDir().resolve("sites").resolve(site).resolve("www");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("fixture site " + root + " not found; set -Dxapp.fixtures.dir or "
                    + "XAPP_FIXTURES_DIR to the shared fixtures folder");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            FixtureSite fixture = new FixtureSite(server);
            server.createContext("/", exchange -> fixture.handle(root, exchange));
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "fixture-site");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return fixture;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve the fixture site on 127.0.0.1:" + port, e);
        }
    }

    /** A loopback port nothing listens on (for now): a site that refuses connections. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    public static Path fixturesDir() {
        String dir = System.getenv("XAPP_FIXTURES_DIR");
        if (dir == null || dir.isBlank()) {
            dir = System.getProperty("xapp.fixtures.dir");
        }
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException(
                    "set -Dxapp.fixtures.dir or XAPP_FIXTURES_DIR to the shared fixtures folder");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** The home page URL, e.g. {@code http://127.0.0.1:43121/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Makes every response wait, so an analysis stays in flight for a while. */
    public void delayResponses(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            sleep();
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
