package io.xapp.inference.web;

import static io.xapp.inference.web.Runtimes.asRuntime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A full queue answers 503 with Retry-After at once, and nothing queues without bound: with room for one request
 * of 16 long passages, embedded one per model call, a second request that comes while the first waits is refused,
 * and so is an index build's word sent as a query in the background, while a visitor's question is still answered.
 */
@QuarkusTest
@TestProfile(FullQueueTest.SmallQueue.class)
class FullQueueTest {

    public static final class SmallQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // One worker: the first request's passages take twice as long, the window the test asks in.
            return Map.of("xapp.inference.max-texts", "16", "xapp.inference.passage-queue", "16",
                    "xapp.inference.passage-round", "1", "xapp.inference.workers", "1");
        }
    }

    @Test
    void aRequestThatFindsTheQueueFullIsRefusedWithWhenToComeBack() throws Exception {
        ModelReady.modelLoaded();
        // Distinct texts, each request its own: the service embeds a text it has seen before only once.
        Map<String, Object> longPassages = longPassages("first");
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> asRuntime().body(longPassages)
                .post("/v1/embeddings"));
        await("the first request's passages waiting").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5))
                .until(() -> queuedPassages() > 0);

        // As many of the site's words as one request holds, sent as queries in the background as an index build
        // sends them: they do not fit while any passage of the first request still waits.
        asRuntime().body(Map.of("kind", "query", "priority", "background", "texts", IntStream.range(0, 16)
                .mapToObj(i -> "siteword" + i).toList())).post("/v1/embeddings").then().statusCode(503)
                .body("error", containsString("background queue is full"));
        asRuntime().body(longPassages("second")).post("/v1/embeddings").then().statusCode(503)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("error", containsString("background queue is full"));
        asRuntime().body(Map.of("kind", "query", "texts", List.of("still answering visitors")))
                .post("/v1/embeddings").then().statusCode(200);
        assertThat(first.get().statusCode()).as("the request already accepted completes").isEqualTo(200);
    }

    private static Map<String, Object> longPassages(String request) {
        return Map.of("kind", "passage", "texts", IntStream.range(0, 16)
                .mapToObj(i -> request + " request, passage " + i + ": "
                        + "Our clinic offers cleanings, fillings and crowns. ".repeat(60)).toList());
    }

    private static double queuedPassages() {
        String metrics = RestAssured.get("/q/metrics").asString();
        return metrics.lines().filter(l -> l.startsWith("xapp_inference_queued{priority=\"background\"")).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).orElse(0.0);
    }
}
