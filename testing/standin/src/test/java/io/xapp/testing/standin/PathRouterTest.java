package io.xapp.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The router passes the runtime's answers through as they are, an early 413 included. */
class PathRouterTest {

    private static final int LIMIT = 32 * 1024;
    private static final String REFUSAL = "{\"error\": \"at most 32768 bytes\"}";

    private HttpServer runtime;
    private PathRouter router;
    private int routerPort;

    /**
     * A runtime that, as Vert.x does, refuses a body over {@link #LIMIT} from its Content-Length before reading it,
     * and reads (discards) the rest afterwards, so the connection stays usable.
     */
    @BeforeEach
    void start() throws IOException {
        runtime = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        runtime.createContext("/", exchange -> {
            try (exchange) {
                String length = exchange.getRequestHeaders().getFirst("Content-Length");
                boolean tooLarge = length != null && Long.parseLong(length) > LIMIT;
                byte[] body = tooLarge ? REFUSAL.getBytes(StandardCharsets.UTF_8)
                        : ("{\"echoed\": " + exchange.getRequestBody().readAllBytes().length + "}")
                                .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(tooLarge ? 413 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.getResponseBody().flush();
                exchange.getRequestBody().transferTo(java.io.OutputStream.nullOutputStream());
            }
        });
        runtime.start();
        try (ServerSocket s = new ServerSocket(0)) {
            routerPort = s.getLocalPort();
        }
        int runtimePort = runtime.getAddress().getPort();
        router = PathRouter.start(routerPort, name -> "ast-1".equals(name) ? Optional.of(runtimePort)
                : Optional.empty());
    }

    @AfterEach
    void stop() {
        router.close();
        runtime.stop(0);
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + routerPort
                + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOversizedBodyGetsTheRuntimesJson413AndASmallOneGoesThrough() throws Exception {
        HttpResponse<String> refused = post("/ast-1/api/chat", new byte[200_000]);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).isEqualTo(REFUSAL);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json");

        HttpResponse<String> small = post("/ast-1/api/chat", new byte[1000]);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).isEqualTo("{\"echoed\": 1000}");
    }

    @Test
    void aPathWithoutARuntimeIsAJson502() throws Exception {
        HttpResponse<String> none = post("/ast-2/api/chat", new byte[10]);
        assertThat(none.statusCode()).isEqualTo(502);
        assertThat(none.body()).isEqualTo("{\"error\":\"no running runtime stands in for 'ast-2'\"}");
    }
}
