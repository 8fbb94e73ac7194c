package io.xapp.crawler.testsupport;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a fixture site folder (from {@code xapp.fixtures.dir} or {@code XAPP_FIXTURES_DIR}) the way a static web
 * server does: directory URLs serve index.html, content types by extension, ETag and If-None-Match.
 */
public final class FixtureSite {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css", "txt", "text/plain; charset=utf-8", "xml", "application/xml", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "webmanifest", "application/manifest+json", "json",
            "application/json");

    private FixtureSite() {
    }

    public static Path fixturesDir() {
        String dir = System.getenv("XAPP_FIXTURES_DIR");
        if (dir == null || dir.isBlank()) {
            dir = System.getProperty("xapp.fixtures.dir");
        }
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("set -Dxapp.fixtures.dir or XAPP_FIXTURES_DIR to the shared fixtures");
        }
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("fixtures directory " + path + " does not exist");
        }
        return path;
    }

    public static Path site(String name) {
        return fixturesDir().resolve("sites").resolve(name);
    }

    /** A server for {@code sites/<name>/www}. */
    public static LoopbackServer serve(String name) {
        Path root = site(name).resolve("www");
        return new LoopbackServer().fallback(ex -> serveFile(ex, root));
    }

    private static void serveFile(HttpExchange ex, Path root) throws IOException {
        String path = ex.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            LoopbackServer.send(ex, 404, "text/html", "<h1>Not found</h1>");
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        LoopbackServer.send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }
}
