package io.xapp.runtime.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.runtime.testing.Fixtures;
import io.xapp.runtime.testing.LocalRuntime;
import io.xapp.runtime.testing.QuarkusProcess;
import io.xapp.runtime.testing.StaticSiteServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A site that indexes nothing on a later crawl (every page marked noindex for a day, as WordPress's "discourage
 * search engines" box does): the runtime keeps answering from the last index, and says why in its log.
 */
class EmptyCrawlIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "Are you open on Saturdays?";

    @Test
    void aCrawlThatIndexesNothingLeavesTheLastIndexServing() throws Exception {
        Path work = Files.createTempDirectory("xapp-empty-crawl");
        Path www = work.resolve("www");
        Path noindex = work.resolve("www-noindex");
        copy(Fixtures.dental().resolve("www"), www);
        copy(Fixtures.dental().resolve("www"), noindex);
        markEveryPageNoindex(noindex);
        try (StaticSiteServer site = StaticSiteServer.serve(www, "127.0.0.1");
             QuarkusProcess runtime = LocalRuntime.start(work, "ast-empty-crawl", site.baseUri(), "5s", Map.of())) {
            await().atMost(Duration.ofMinutes(2)).until(() -> answer(runtime).path("answer").asText()
                    .contains("9:00"));
            // Swapped between two crawls (one just ended, the next is 5 s away), so no crawl sees half of each.
            int crawls = crawlsEnded(runtime);
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> crawlsEnded(runtime) > crawls);
            Files.move(www, work.resolve("www-before"));
            Files.move(noindex, www);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Files.readString(runtime.log()).contains("indexed no page"));
            assertThat(Files.readString(runtime.log())).containsPattern("indexed no page \\(\\d+ noindex")
                    .contains("stays");
            JsonNode reply = answer(runtime);
            assertThat(reply.path("answer").asText()).contains("9:00");
            assertThat(reply.path("sources").path(0).path("url").asText()).startsWith(site.baseUri().toString());
        }
    }

    private static int crawlsEnded(QuarkusProcess runtime) throws IOException {
        return Files.readString(runtime.log()).split("indexed \\d+ pages of", -1).length - 1;
    }

    private static void markEveryPageNoindex(Path www) throws IOException {
        try (Stream<Path> files = Files.walk(www)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Files.writeString(page, Files.readString(page)
                        .replaceFirst("(?i)<head>", "<head><meta name=\"robots\" content=\"noindex, nofollow\">"));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static JsonNode answer(QuarkusProcess runtime) throws IOException {
        QuarkusProcess.Http.Response reply = LocalRuntime.ask(runtime, QUESTION, "empty-crawl-test");
        assertThat(reply.status()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }
}
