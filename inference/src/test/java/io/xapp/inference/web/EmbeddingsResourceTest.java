package io.xapp.inference.web;

import static io.restassured.RestAssured.given;
import static io.xapp.inference.web.Runtimes.asRuntime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbeddingsResourceTest {

    @BeforeEach
    void modelLoaded() {
        ModelReady.modelLoaded();
    }

    @Test
    void aRuntimeWithItsOwnTokenGetsOneNormalisedVectorPerText() {
        List<List<Float>> vectors = vectors(asRuntime().body(Map.of("kind", "passage",
                "texts", List.of("We are open on Saturdays.", "Parking is free."))).post("/v1/embeddings")
                .then().statusCode(200).body("model", equalTo("all-minilm-l6-v2-q")).body("dimensions", equalTo(384))
                .extract().response());
        assertThat(vectors).hasSize(2).allSatisfy(v -> {
            assertThat(v).hasSize(384);
            assertThat(v.stream().mapToDouble(x -> x * x).sum()).isCloseTo(1.0, within(1e-4));
        });
    }

    @Test
    void aParaphraseIsCloserThanAnUnrelatedSentence() {
        List<Float> question = vectors(asRuntime().body(Map.of("kind", "query",
                "texts", List.of("how much does a cleaning cost"))).post("/v1/embeddings")).get(0);
        List<List<Float>> passages = vectors(asRuntime().body(Map.of("kind", "passage", "texts", List.of(
                "Prices: a routine dental cleaning is $120 without insurance.",
                "Our team loves hiking and spending weekends outdoors."))).post("/v1/embeddings"));
        assertThat(dot(question, passages.get(0))).isGreaterThan(dot(question, passages.get(1)) + 0.05);
    }

    @Test
    void anotherAssistantsTokenNoTokenOrNoAssistantIsRefused() {
        Map<String, Object> body = Map.of("kind", "query", "texts", List.of("hello"));
        given().header("Authorization", "Bearer " + Runtimes.tokenOf("xapp-acme/ast-other-9876543210"))
                .header("X-Xapp-Assistant", Runtimes.ASSISTANT).contentType("application/json").body(body)
                .post("/v1/embeddings").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("error", containsString("not the token of Assistant " + Runtimes.ASSISTANT));
        given().header("X-Xapp-Assistant", Runtimes.ASSISTANT).contentType("application/json").body(body)
                .post("/v1/embeddings").then().statusCode(401).body("error", containsString("missing Authorization"));
        given().header("Authorization", "Bearer " + Runtimes.tokenOf(Runtimes.ASSISTANT))
                .contentType("application/json").body(body).post("/v1/embeddings").then().statusCode(401)
                .body("error", containsString("X-Xapp-Assistant"));
        given().contentType("application/json").body(body).header("Authorization", "Basic dXNlcjpwYXNz")
                .header("X-Xapp-Assistant", "no-slash").post("/v1/embeddings").then().statusCode(401);
    }

    @Test
    void badBodiesAreRefusedWithWhatIsWrong() {
        asRuntime().body("this is not json").post("/v1/embeddings").then().statusCode(400)
                .body("error", containsString("not JSON"));
        asRuntime().body("").post("/v1/embeddings").then().statusCode(400)
                .body("error", containsString("JSON object"));
        asRuntime().body("[\"a\"]").post("/v1/embeddings").then().statusCode(400)
                .body("error", containsString("JSON object"));
        asRuntime().body(Map.of("kind", "query", "texts", List.of())).post("/v1/embeddings").then().statusCode(400)
                .body("error", containsString("texts is empty"));
        asRuntime().body(Map.of("kind", "query")).post("/v1/embeddings").then().statusCode(400)
                .body("error", containsString("texts is required"));
        asRuntime().body(Map.of("kind", "image", "texts", List.of("a"))).post("/v1/embeddings").then()
                .statusCode(400).body("error", containsString("unknown kind 'image'"));
        asRuntime().body(Map.of("texts", List.of("a"))).post("/v1/embeddings").then().statusCode(400)
                .body("error", containsString("kind is required"));
        asRuntime().body(Map.of("kind", "query", "priority", "urgent", "texts", List.of("a"))).post("/v1/embeddings")
                .then().statusCode(400).body("error", containsString("unknown priority 'urgent'"));
        asRuntime().body("{\"kind\": \"query\", \"texts\": [\"a\", 7]}").post("/v1/embeddings").then()
                .statusCode(400).body("error", containsString("texts[1] is not a string"));
        asRuntime().body(Map.of("kind", "query", "texts", List.of("a", "  "))).post("/v1/embeddings").then()
                .statusCode(400).body("error", containsString("texts[1] is blank"));
    }

    @Test
    void tooManyTextsOrTooLargeABodyIsRefusedWith413() {
        asRuntime().body(Map.of("kind", "passage", "texts", Collections.nCopies(65, "a passage")))
                .post("/v1/embeddings").then().statusCode(413)
                .body("error", containsString("too many texts: 65, at most 64"));
        asRuntime().body(Map.of("kind", "passage", "texts", Collections.nCopies(64, "x".repeat(20_000))))
                .post("/v1/embeddings").then().statusCode(413)
                .body("error", containsString("more than the limit of 1048576"));
    }

    @Test
    void longTextsAndOtherScriptsAreEmbedded() {
        String tenThousand = "We fix leaking taps and burst pipes. ".repeat(300).substring(0, 10_000);
        List<List<Float>> vectors = vectors(asRuntime().body(Map.of("kind", "query", "texts", List.of(tenThousand,
                "土曜日は営業していますか？", "هل أنتم مفتوحون يوم السبت؟", "Ünïcödé \uD83D\uDE00 ok", "a\u0000b")))
                .post("/v1/embeddings").then().statusCode(200).extract().response());
        assertThat(vectors).hasSize(5).allSatisfy(v -> assertThat(v.stream().mapToDouble(x -> x * x).sum())
                .isCloseTo(1.0, within(1e-4)));
    }

    @Test
    void aLoneSurrogateInTheJsonIsNoServerError() {
        asRuntime().body("{\"kind\": \"query\", \"texts\": [\"broken \\ud800 text\"]}").post("/v1/embeddings")
                .then().statusCode(200);
    }

    @Test
    void theModelIsNamedWithoutAToken() {
        given().get("/v1/model").then().statusCode(200).body("model", equalTo("all-minilm-l6-v2-q"))
                .body("dimensions", equalTo(384));
    }

    @Test
    void metricsCountTextsAndRefusals() {
        asRuntime().body(Map.of("kind", "query", "texts", List.of("counted"))).post("/v1/embeddings").then()
                .statusCode(200);
        given().post("/v1/embeddings").then().statusCode(401);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("xapp_inference_texts_total{kind=\"query\"}")
                .contains("xapp_inference_unauthorized_total").contains("xapp_inference_queued{priority=\"background\"}")
                .contains("xapp_inference_round_seconds");
    }

    @Test
    void aTextSentAgainIsNotEmbeddedAgainAndGetsTheSameVector() {
        String word = "cache-test-" + System.nanoTime();
        String hits = "cache_gets_total{cache=\"vectors\",result=\"hit\"}";
        double embeddedBefore = metric("xapp_inference_texts_total{kind=\"query\"}");
        double hitsBefore = metric(hits);
        List<List<Float>> first = vectors(asRuntime().body(Map.of("kind", "query", "texts", List.of(word, word)))
                .post("/v1/embeddings"));
        List<List<Float>> again = vectors(asRuntime().body(Map.of("kind", "query", "texts", List.of(word)))
                .post("/v1/embeddings"));
        assertThat(metric("xapp_inference_texts_total{kind=\"query\"}")).as("one model call for the text")
                .isEqualTo(embeddedBefore + 1);
        assertThat(first.get(1)).isEqualTo(first.get(0));
        assertThat(again.get(0)).isEqualTo(first.get(0));
        // A passage of the same text is its own entry: some models embed the two kinds differently.
        asRuntime().body(Map.of("kind", "passage", "texts", List.of(word))).post("/v1/embeddings").then()
                .statusCode(200);
        assertThat(metric("xapp_inference_texts_total{kind=\"passage\"}")).isPositive();
        assertThat(metric(hits)).isEqualTo(hitsBefore + 1);
    }

    private static double metric(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no metric " + series + " in:\n" + metrics));
    }

    @SuppressWarnings("unchecked")
    private static List<List<Float>> vectors(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath().getList("vectors").stream()
                .map(v -> ((List<Number>) v).stream().map(Number::floatValue).toList()).toList();
    }

    private static double dot(List<Float> a, List<Float> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += a.get(i) * b.get(i);
        }
        return sum;
    }
}
