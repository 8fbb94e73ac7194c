package io.xapp.testing.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A folder served over HTTP on a loopback address, the way a static web server does (directory URLs serve
 * {@code index.html}, else {@code index.htm}; content type by extension, an ETag answered with 304 on If-None-Match),
 * plus pages added at run time: a customer's site with a host page that embeds the install snippets, served from the
 * site's own origin.
 * Counts the requests per path, so a test can check what a crawler fetched.
 *
 * <pre>{@code
 * try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"))) {
 *     site.addPage("/xapp-host.html", "<html>... snippet ...</html>");
 *     URI page = site.uri("/xapp-host.html");
 * }
 * }</pre>
 */
public final class StaticSite implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService pool;
    private final Map<String, Page> extraPages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile Duration delay = Duration.ZERO;

    private record Page(String contentType, byte[] body) {
    }

    private StaticSite(Path root, HttpServer server, ExecutorService pool) {
        this.root = root;
        this.server = server;
        this.pool = pool;
    }

    /** Serves {@code root} on a free port of 127.0.0.1. */
    public static StaticSite serve(Path root) {
        return serve(root, "127.0.0.1", 0);
    }

    /** Serves {@code root} on {@code loopbackAddress} (any of 127.0.0.0/8) and {@code port} (0: a free one). */
    public static StaticSite serve(Path root, String loopbackAddress, int port) {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot serve " + dir + ": not a directory");
        }
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK: 40 ms
        // per response. The JDK reads the property once, when its first server starts, so it is set before any.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            InetAddress address = InetAddress.getByName(loopbackAddress);
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException(loopbackAddress + " is not a loopback address; tests serve on "
                        + "127.0.0.0/8 only");
            }
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
            ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "static-site-" + dir.getFileName());
                t.setDaemon(true);
                return t;
            });
            StaticSite site = new StaticSite(dir, server, pool);
            server.createContext("/", site::handle);
            server.setExecutor(pool);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve " + dir + " on " + loopbackAddress + ":" + port
                    + " (is the port taken?)", e);
        }
    }

    /** Serves {@code html} at {@code path} (e.g. {@code /xapp-host.html}), over any file of that name. */
    public StaticSite addPage(String path, String html) {
        return addPage(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public StaticSite addPage(String path, String contentType, byte[] body) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("page paths start with /, got " + path);
        }
        extraPages.put(path, new Page(contentType, body.clone()));
        return this;
    }

    /** The home page, e.g. {@code http://127.0.0.1:43121/}. */
    public URI baseUri() {
        return URI.create(origin() + "/");
    }

    /** {@code baseUri()} resolved against an absolute path such as {@code /contact.html}. */
    public URI uri(String path) {
        return URI.create(origin() + path);
    }

    /** scheme://host:port, as a browser sends it in Origin. */
    public String origin() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many requests asked for {@code path} (as sent, e.g. {@code /assets/css/styles.css}) so far. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** Makes every response wait this long first: a slow site, or work kept in flight for a while. */
    public StaticSite delayResponses(Duration delay) {
        this.delay = delay;
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            hits.computeIfAbsent(exchange.getRequestURI().getRawPath(), p -> new AtomicInteger()).incrementAndGet();
            waitForDelay();
            String path = exchange.getRequestURI().getPath();
            Page page = extraPages.get(path);
            if (page == null) {
                page = fromDisk(path);
            }
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(Arrays.hashCode(page.body())) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : page.body().length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page.body());
                }
            }
        }
    }

    private Page fromDisk(String path) throws IOException {
        Path file = fileFor(root, path);
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return new Page(TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
    }

    /**
     * The file under {@code root} a static web server answers {@code path} (decoded, starting with "/") with: a
     * directory's {@code index.html}, else its {@code index.htm}; null for none, or for a path outside {@code root}.
     */
    public static Path fileFor(Path root, String path) {
        Path dir = root.toAbsolutePath().normalize();
        Path file = dir.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = Files.isRegularFile(file.resolve("index.html")) ? file.resolve("index.html")
                    : file.resolve("index.htm");
        }
        return file.startsWith(dir) && Files.isRegularFile(file) ? file : null;
    }

    private void waitForDelay() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
