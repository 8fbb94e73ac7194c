package io.xapp.runtime.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who waits decides how long the client waits: a service that takes two seconds to answer (busy with other runtimes'
 * indexes) still gives indexing its model and vectors, while a visitor's question gives up and is answered from
 * BM25 alone.
 */
class InferenceClientTest {

    private static final long SLOW_MILLIS = 2_000;
    private static final String MODEL = "{\"model\":\"m\",\"dimensions\":2}";

    private final java.util.List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
    private HttpServer service;
    private InferenceClient client;

    @BeforeEach
    void startASlowService() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/v1/model", exchange -> answerSlowly(exchange, MODEL));
        service.createContext("/v1/embeddings", exchange -> answerSlowly(exchange,
                "{\"model\":\"m\",\"dimensions\":2,\"vectors\":[[1.0,0.0]]}"));
        service.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        service.start();
        client = new InferenceClient(URI.create("http://127.0.0.1:" + service.getAddress().getPort()), "ns/a",
                "token");
    }

    @AfterEach
    void stop() {
        service.stop(0);
    }

    @Test
    void indexingWaitsForABusyService() {
        assertThat(client.model()).isEqualTo(new Embedder.Model("m", 2));
        assertThat(client.embed(Embedder.Kind.PASSAGE, List.of("a passage")).vectors()).hasSize(1);
        // The site's words are embedded as questions are, but at index time.
        assertThat(client.embed(Embedder.Kind.QUERY, List.of("word")).vectors()).hasSize(1);
        assertThat(client.available()).isTrue();
        assertThat(bodies).as("an index build's texts wait behind visitors' questions at the service")
                .filteredOn(b -> !b.isEmpty()).hasSize(2).allMatch(b -> b.contains("\"priority\":\"background\""));
    }

    @Test
    void aVisitorsQuestionDoesNotWaitForIt() {
        assertThatThrownBy(() -> client.embedWhileAVisitorWaits(List.of("are you open on sundays?")))
                .isInstanceOf(EmbeddingUnavailableException.class)
                .hasMessageContaining("did not answer embeddings");
        assertThat(client.available()).isFalse();
        assertThat(bodies).singleElement().asString().contains("\"priority\":\"interactive\"");
    }

    @Test
    void aFullQueueIsReportedAsBusyWithWhenToComeBack() throws IOException {
        HttpServer busy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        busy.createContext("/v1/embeddings", exchange -> {
            try (exchange) {
                byte[] bytes = "{\"error\":\"the passage queue is full\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Retry-After", "7");
                exchange.sendResponseHeaders(503, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        busy.start();
        try {
            InferenceClient toBusy = new InferenceClient(URI.create("http://127.0.0.1:" + busy.getAddress().getPort()),
                    "ns/a", "token");
            assertThatThrownBy(() -> toBusy.embed(Embedder.Kind.PASSAGE, List.of("a passage")))
                    .isInstanceOfSatisfying(InferenceBusyException.class, e -> assertThat(e.retryAfter())
                            .isEqualTo(java.time.Duration.ofSeconds(7)))
                    .hasMessageContaining("the passage queue is full");
            assertThat(toBusy.busyAnswers()).as("counted for /q/metrics (xapp_inference_busy_total)").isOne();
        } finally {
            busy.stop(0);
        }
    }

    private void answerSlowly(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        try (exchange) {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Thread.sleep(SLOW_MILLIS);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (the visitor's timeout): nothing to answer
        }
    }
}
