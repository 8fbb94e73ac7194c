package io.xapp.runtime.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.runtime.testing.Fixtures;
import io.xapp.runtime.testing.LocalRuntime;
import io.xapp.runtime.testing.QuarkusProcess;
import io.xapp.runtime.testing.StaticSiteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A runtime whose website changed while its data dir was kept (a persistent volume outlives the pod): it serves
 * the stored index at once, and crawls the new website now instead of a crawl cadence (24 h) later.
 */
class MovedWebsiteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DENTAL_QUESTION = "Are you open on Saturdays?";
    private static final String PLUMBING_QUESTION = "What does cleaning a main sewer line cost?";

    @Test
    void aMovedWebsiteIsCrawledAtOnceWhileTheStoredIndexServes() throws Exception {
        Path work = Files.createTempDirectory("xapp-moved-website");
        try (StaticSiteServer before = StaticSiteServer.serve(Fixtures.dental().resolve("www"), "127.0.0.1");
             StaticSiteServer after = StaticSiteServer.serve(Fixtures.site("copperline-plumbing").resolve("www"),
                     "127.0.0.1")) {
            try (QuarkusProcess runtime = LocalRuntime.start(work, "ast-moved", before.baseUri(), Map.of())) {
                await().atMost(Duration.ofMinutes(2)).until(() -> firstSource(runtime, DENTAL_QUESTION)
                        .startsWith(before.baseUri().toString()));
            }
            try (QuarkusProcess runtime = LocalRuntime.start(work, "ast-moved", after.baseUri(), Map.of())) {
                assertThat(Files.readString(runtime.log())).contains("serving the stored index of " + before.baseUri());
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                        .until(() -> firstSource(runtime, PLUMBING_QUESTION).startsWith(after.baseUri().toString()));
                assertThat(answer(runtime, PLUMBING_QUESTION).path("answer").asText()).contains("$289");
            }
        }
    }

    private static String firstSource(QuarkusProcess runtime, String question) throws Exception {
        return answer(runtime, question).path("sources").path(0).path("url").asText("");
    }

    private static JsonNode answer(QuarkusProcess runtime, String question) throws Exception {
        QuarkusProcess.Http.Response reply = LocalRuntime.ask(runtime, question, "moved-website-test");
        assertThat(reply.status()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }
}
