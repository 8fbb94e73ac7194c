package io.xapp.crawler.fetch;

import static io.xapp.crawler.testsupport.LoopbackServer.redirect;
import static io.xapp.crawler.testsupport.LoopbackServer.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchException.Reason;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.testsupport.HostilePages;
import io.xapp.crawler.testsupport.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private final LoopbackServer server = new LoopbackServer();
    private final Fetcher fetcher = new Fetcher(8);
    private final FetchPolicy loopback = new FetchPolicy("TestBot/1.0", Duration.ofSeconds(2), Duration.ofSeconds(2),
            64 * 1024, 3, true);

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void refusesLoopbackUnlessAllowed() {
        server.html("/", "<p>hi</p>");
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(server.url("/"), FetchPolicy.defaults())))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BLOCKED_ADDRESS);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("127.0.0.1", "loopback");
                });
        assertThat(server.hits("/")).isZero();
    }

    @Test
    void fetchesFromAnAllowedNetworkButNotFromOthers() {
        server.html("/", "<p>hi</p>");
        // As a kind cluster's site would be: not public, and trusted only because the partner file names it.
        FetchPolicy trusted = FetchPolicy.defaults().withAllowedNetworks(java.util.List.of("127.0.0.0/8"));
        assertThat(fetcher.fetch(FetchRequest.get(server.url("/"), trusted)).status()).isEqualTo(200);

        FetchPolicy elsewhere = FetchPolicy.defaults().withAllowedNetworks(java.util.List.of("10.96.0.0/12"));
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(server.url("/"), elsewhere)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.BLOCKED_ADDRESS));
        assertThat(server.hits("/")).isEqualTo(1);
    }

    @Test
    void checksEveryRedirectHop() {
        // The hop is refused at DNS resolution, before any connection: no traffic leaves the machine.
        server.route("/", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(server.url("/"), loopback)))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BLOCKED_ADDRESS);
                    assertThat(e.getMessage()).contains("cloud metadata");
                });
    }

    @Test
    void followsRedirectsAndReportsWhereItLanded() {
        server.route("/old", ex -> redirect(ex, "/new#frag"));
        server.html("/new", "<p>new</p>");
        FetchResponse response = fetcher.fetch(FetchRequest.get(server.url("/old"), loopback));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.url()).isEqualTo(server.url("/new"));
    }

    @Test
    void stopsAtRedirectsTheCallerDoesNotWant() {
        server.route("/out", ex -> redirect(ex, "http://localhost:" + server.port() + "/elsewhere"));
        FetchResponse response = fetcher.fetch(FetchRequest.get(server.url("/out"), loopback)
                .followingOnly(u -> u.getHost().equals("127.0.0.1")));
        assertThat(response.redirectNotFollowed()).isTrue();
        assertThat(response.location().getHost()).isEqualTo("localhost");
        assertThat(server.hits("/elsewhere")).isZero();
    }

    @Test
    void catchesRedirectLoopsAndChains() {
        server.route("/a", ex -> redirect(ex, "/b"));
        server.route("/b", ex -> redirect(ex, "/a"));
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(server.url("/a"), loopback)))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
                    assertThat(e.getMessage()).contains("loop");
                });
        server.fallback(ex -> redirect(ex, ex.getRequestURI().getPath() + "x"));
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(server.url("/chain"), loopback)))
                .isInstanceOfSatisfying(FetchException.class, e ->
                        assertThat(e.getMessage()).contains("more than 3"));
    }

    @Test
    void capsHugeBodiesWithAndWithoutContentLength() {
        server.route("/declared", ex -> send(ex, 200, "text/html", new byte[200 * 1024]));
        server.route("/chunked", HostilePages.endlessHtml());
        for (String path : new String[] {"/declared", "/chunked"}) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(server.url(path), loopback)))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                        assertThat(e.getMessage()).contains(String.valueOf(64 * 1024));
                    });
        }
    }

    @Test
    void decompressesGzipButNotABomb() throws IOException {
        server.route("/small", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html", gzip("<p>hello, compressed world</p>".getBytes(StandardCharsets.UTF_8)));
        });
        server.route("/bomb", HostilePages.gzipBomb(50 * 1024 * 1024));
        FetchResponse small = fetcher.fetch(FetchRequest.get(server.url("/small"), loopback));
        assertThat(new String(small.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello, compressed world</p>");
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(server.url("/bomb"), loopback)))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("after decompression");
                });
    }

    @Test
    void endsSlowTricklesAtTheDeadline() {
        server.route("/trickle", HostilePages.trickle(Duration.ofMillis(100), 600));
        server.route("/stall", HostilePages.stallBeforeHeaders(Duration.ofSeconds(20)));
        for (String path : new String[] {"/trickle", "/stall"}) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(server.url(path), loopback)))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                        assertThat(e.retryable()).isTrue();
                    });
        }
    }

    @Test
    void refusedConnectionsAreUnreachable() {
        URI closed = server.url("/");
        server.close();
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(closed, loopback)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
    }

    @Test
    void skipsBodiesTheCallerDoesNotWant() {
        server.route("/file.pdf", ex -> send(ex, 200, "application/pdf", new byte[10_000]));
        FetchResponse response = fetcher.fetch(FetchRequest.get(server.url("/file.pdf"), loopback)
                .readingBodyOnly(t -> t.equals("text/html")));
        assertThat(response.mediaType()).isEqualTo("application/pdf");
        assertThat(response.body()).isNull();
    }

    @Test
    void sendsValidatorsAndReportsNotModified() {
        server.route("/page", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                send(ex, 200, "text/html", "<p>v1</p>");
            }
        });
        FetchResponse first = fetcher.fetch(FetchRequest.get(server.url("/page"), loopback));
        assertThat(first.etag()).isEqualTo("\"v1\"");
        FetchResponse second = fetcher.fetch(FetchRequest.get(server.url("/page"), loopback).conditional("\"v1\"", null));
        assertThat(second.notModified()).isTrue();
    }

    @Test
    void rejectsNonHttpUrls() {
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(URI.create("file:///etc/passwd"), loopback)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_URL));
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
