package io.xapp.runtime.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.runtime.testing.Fixtures;
import io.xapp.runtime.testing.LocalInference;
import io.xapp.runtime.testing.LocalRuntime;
import io.xapp.runtime.testing.QuarkusProcess;
import io.xapp.runtime.testing.StaticSiteServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The runtime as packaged when the inference service is away: it indexes and answers from BM25, says so in its
 * metrics, completes the index once the service is there, and falls back again when it goes. Questions of any
 * shape get an answer or a clear 4xx either way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SemanticFallbackIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path work;
    private static int inferencePort;
    private static StaticSiteServer site;
    private static QuarkusProcess runtime;
    private static LocalInference inference;

    @BeforeAll
    static void runtimeWithoutItsInferenceService() throws Exception {
        work = Files.createTempDirectory("xapp-semantic-fallback");
        inferencePort = QuarkusProcess.freePort();
        site = StaticSiteServer.serve(Fixtures.dental().resolve("www"), "127.0.0.1");
        runtime = LocalRuntime.start(work, "ast-fallback", site.baseUri(), Map.of(
                "XAPP_INFERENCE_URL", "http://127.0.0.1:" + inferencePort, "XAPP_VECTOR_CHECK_INTERVAL", "1s"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (inference != null) {
            inference.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    @Order(1)
    void withoutTheServiceItIndexesAndAnswersFromBm25AndSaysSo() throws Exception {
        JsonNode reply = chat("r u guys open on saturdays");
        assertThat(reply.path("noContent").asBoolean()).isFalse();
        assertThat(reply.path("answer").asText()).contains("9:00 am");

        assertThat(metric("xapp_inference_available")).isZero();
        assertThat(metric("xapp_index_passages_without_vector")).isPositive();
        assertThat(metric("xapp_answers_total\\{retrieval=\"lexical\"")).isGreaterThanOrEqualTo(1);
        assertThat(metrics()).as("exposed, at 0: the service is away, not busy").containsPattern(
                "(?m)^xapp_inference_busy_total 0");
        assertThat(Files.readString(runtime.log())).contains("answers use BM25");
    }

    @Test
    @Order(2)
    void questionsOfAnyShapeGetAnAnswerOrAClear4xx() throws Exception {
        assertQuestionsOfAnyShape();
    }

    @Test
    @Order(3)
    void onceTheServiceIsThereTheIndexIsCompletedAndQuestionsAreRankedByMeaning() throws Exception {
        inference = LocalInference.start(LocalInference.defaultJar(), work, inferencePort);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> metric("xapp_index_passages_without_vector") == 0);
        double hybridBefore = metric("xapp_answers_total\\{retrieval=\"hybrid\"");

        JsonNode reply = chat("my son knocked out his front tooth, what do i do");
        assertThat(reply.path("noContent").asBoolean()).isFalse();
        assertThat(metric("xapp_answers_total\\{retrieval=\"hybrid\"")).isEqualTo(hybridBefore + 1);
        assertThat(metric("xapp_inference_available")).isEqualTo(1);
        assertQuestionsOfAnyShape();
    }

    @Test
    @Order(4)
    void whenTheServiceGoesAgainAnswersKeepComingFromBm25() throws Exception {
        inference.close();
        inference = null;
        double lexicalBefore = metric("xapp_answers_total\\{retrieval=\"lexical\"");

        JsonNode reply = chat("r u guys open on saturdays");
        assertThat(reply.path("answer").asText()).contains("9:00 am");
        assertThat(metric("xapp_answers_total\\{retrieval=\"lexical\"")).isEqualTo(lexicalBefore + 1);
        assertThat(metric("xapp_inference_available")).isZero();
        assertThat(metric("xapp_index_passages_without_vector")).as("the index keeps its vectors").isZero();
    }

    private static void assertQuestionsOfAnyShape() throws Exception {
        QuarkusProcess.Http.Response tooLong = post("x".repeat(10_000));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(text(tooLong)).contains("longer than 1000 characters");
        QuarkusProcess.Http.Response empty = post("   ");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(text(empty)).contains("message is required");
        for (String otherScript : new String[] {"土曜日は開いていますか？", "هل أنتم مفتوحون يوم السبت؟",
                "Вы работаете по субботам?", "🦷🦷🦷?"}) {
            QuarkusProcess.Http.Response reply = post(otherScript);
            assertThat(reply.status()).as(otherScript).isEqualTo(200);
            assertThat(JSON.readTree(reply.body()).has("answer")).as(otherScript).isTrue();
        }
    }

    private static JsonNode chat(String question) throws Exception {
        QuarkusProcess.Http.Response response = post(question);
        assertThat(response.status()).as(text(response)).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static QuarkusProcess.Http.Response post(String message) throws Exception {
        return LocalRuntime.ask(runtime, message, "fallback-test");
    }

    private static String text(QuarkusProcess.Http.Response response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The value of the first /q/metrics line starting with {@code prefix} (a regex), 0 when absent. */
    private static double metric(String prefix) throws Exception {
        Matcher m = Pattern.compile("(?m)^" + prefix + "[^ ]* ([0-9.eE+-]+)$").matcher(metrics());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String metrics() throws Exception {
        return text(QuarkusProcess.Http.exchange(runtime.base().resolve("q/metrics"), Map.of(), null));
    }
}
