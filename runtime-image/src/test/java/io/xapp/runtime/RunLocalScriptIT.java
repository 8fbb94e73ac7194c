package io.xapp.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.runtime.testing.Fixtures;
import io.xapp.runtime.testing.QuarkusProcess;
import io.xapp.testing.processes.ChildProcesses;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code runtime-image/run-local.sh}, the one line a developer or a new user tries a site with: it must give the
 * answers a runtime gives in a partner environment (by meaning and words, the inference service beside it), and
 * stopping it must stop everything it started.
 */
class RunLocalScriptIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runsTheRuntimeWithTheInferenceServiceAndStopsBoth() throws Exception {
        Path work = Files.createTempDirectory("xapp-run-local");
        Path log = work.resolve("run-local.log");
        int port = QuarkusProcess.freePort();
        int sitePort = QuarkusProcess.freePort();
        int inferencePort = QuarkusProcess.freePort();
        ProcessBuilder builder = new ProcessBuilder("bash", "run-local.sh", Fixtures.dental().resolve("www").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // As on a fresh shell: no XAPP_ setting of the developer's (an inference URL, a config) reaches the script.
        builder.environment().keySet().removeIf(name -> name.startsWith("XAPP_"));
        builder.environment().putAll(Map.of("PORT", Integer.toString(port), "SITE_PORT", Integer.toString(sitePort),
                "INFERENCE_PORT", Integer.toString(inferencePort), "XAPP_DATA_DIR", work.resolve("data").toString(),
                "TMPDIR", work.toString()));
        Process script = ChildProcesses.start(builder);
        URI chat = URI.create("http://127.0.0.1:" + port + "/api/chat");
        Map<String, String> widget = Map.of("Origin", "http://127.0.0.1:" + sitePort, "X-Xapp-Key", "wk_local");
        byte[] question = JSON.writeValueAsBytes(Map.of("message", "Are you open on Saturdays?"));
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> QuarkusProcess.Http.exchange(chat, widget, question).status() == 200);
            String answer = JSON.readTree(QuarkusProcess.Http.exchange(chat, widget, question).body())
                    .path("answer").asText();
            assertThat(answer).as("the answer, the script's log in %s", log).contains("9:00");
            assertThat(Files.readString(log, StandardCharsets.UTF_8))
                    .contains("inference service: http://127.0.0.1:" + inferencePort)
                    .containsPattern("indexed \\d+ passages: \\d+ vectors embedded, 0 kept from the last index, "
                            + "0 without a vector");
        } finally {
            script.destroy();
            assertThat(script.waitFor(60, TimeUnit.SECONDS)).as("the script stopped; its log in %s", log).isTrue();
        }
        await("the runtime, the site and the inference service stopped").atMost(Duration.ofSeconds(30))
                .until(() -> List.of(port, sitePort, inferencePort).stream().noneMatch(RunLocalScriptIT::listening));
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
