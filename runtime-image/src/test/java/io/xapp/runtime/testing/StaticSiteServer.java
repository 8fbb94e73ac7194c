package io.xapp.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.xapp.testing.support.StaticSite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves a folder over HTTP on a loopback address (the fixture site, or a host page of another origin). */
public final class StaticSiteServer implements AutoCloseable {

    /** By file extension; {@code .htm}, as older sites' servers send it, names no charset (the page's meta does). */
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "htm", "text/html",
            "css", "text/css", "svg", "image/svg+xml", "png", "image/png", "txt", "text/plain; charset=utf-8",
            "xml", "application/xml", "ico", "image/x-icon", "webmanifest", "application/manifest+json",
            "js", "text/javascript");

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Path root;

    private StaticSiteServer(Path root, String address) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(pool);
        server.start();
    }

    public static StaticSiteServer serve(Path root, String loopbackAddress) {
        try {
            return new StaticSiteServer(root, loopbackAddress);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve " + root + " on " + loopbackAddress, e);
        }
    }

    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/");
    }

    /** scheme://host:port, as a browser sends it in Origin. */
    public String origin() {
        String base = baseUri().toString();
        return base.substring(0, base.length() - 1);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = StaticSite.fileFor(root, exchange.getRequestURI().getPath());
            if (file == null) {
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

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
