package io.xapp.inference.web;

import static io.xapp.inference.web.Runtimes.asRuntime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

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

    /**
     * The refusals need the other requests to come while some of the first request's passages still wait: under a
     * second here, which a loaded machine can miss (CI once did). A try whose requests came too late, so were
     * accepted, proves nothing either way, so the scenario gets three tries; a queue without bound fails all three.
     */
    private static final int TRIES = 3;

    @Test
    void aRequestThatFindsTheQueueFullIsRefusedWithWhenToComeBack() throws Exception {
        ModelReady.modelLoaded();
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            if (refusedWhileTheFirstRequestWaits(attempt, attempt == TRIES)) {
                return;
            }
        }
    }

    /** One try; false when a request that should find the queue full came too late and this was not the last. */
    private static boolean refusedWhileTheFirstRequestWaits(int attempt, boolean last) throws Exception {
        // Distinct texts, each request and try its own: the service embeds a text it has seen before only once.
        Map<String, Object> longPassages = longPassages("first", attempt);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> asRuntime().body(longPassages)
                .post("/v1/embeddings"));
        await("the first request's passages waiting").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5))
                .until(() -> queuedPassages() > 0);

        // As many of the site's words as one request holds, sent as queries in the background as an index build
        // sends them: they do not fit while any passage of the first request still waits.
        Response words = asRuntime().body(Map.of("kind", "query", "priority", "background", "texts",
                IntStream.range(0, 16).mapToObj(i -> "siteword" + attempt + "x" + i).toList()))
                .post("/v1/embeddings");
        Response second = asRuntime().body(longPassages("second", attempt)).post("/v1/embeddings");
        boolean cameInTime = words.statusCode() == 503 && second.statusCode() == 503;
        if (cameInTime || last) {
            words.then().statusCode(503).body("error", containsString("background queue is full"));
            second.then().statusCode(503).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("error", containsString("background queue is full"));
            asRuntime().body(Map.of("kind", "query", "texts", List.of("still answering visitors " + attempt)))
                    .post("/v1/embeddings").then().statusCode(200);
        }
        assertThat(first.get().statusCode()).as("the request already accepted completes").isEqualTo(200);
        return cameInTime;
    }

    private static Map<String, Object> longPassages(String request, int attempt) {
        return Map.of("kind", "passage", "texts", IntStream.range(0, 16)
                .mapToObj(i -> request + " request of try " + attempt + ", passage " + i + ": "
                        + "Our clinic offers cleanings, fillings and crowns. ".repeat(60)).toList());
    }

    private static double queuedPassages() {
        String metrics = RestAssured.get("/q/metrics").asString();
        return metrics.lines().filter(l -> l.startsWith("xapp_inference_queued{priority=\"background\"")).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).orElse(0.0);
    }
}
