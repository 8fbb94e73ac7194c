package io.xapp.runtime.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.runtime.bench.RuntimeBenchmark;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged runtime as a process of its own, for tests that stop and start it: one Assistant
 * ({@code test/<name>}) with the widget channel for {@link #ORIGIN}, serving {@code website} from
 * {@code work/data}, rate limits lifted. Its config and log are in {@code work}.
 */
public final class LocalRuntime {

    public static final String ORIGIN = "http://runtime.test.example";
    public static final String WIDGET_KEY = "wk_local_runtime_test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalRuntime() {
    }

    /** Starts it and waits until it is ready; {@code env} adds to (or overrides) the environment it gets. */
    public static QuarkusProcess start(Path work, String name, URI website, Map<String, String> env)
            throws IOException, InterruptedException {
        return start(work, name, website, "24h", env);
    }

    /** As {@link #start(Path, String, URI, Map)}, crawling every {@code cadence} ("10s"). */
    public static QuarkusProcess start(Path work, String name, URI website, String cadence, Map<String, String> env)
            throws IOException, InterruptedException {
        return launch(work, name, website, cadence, env).awaitReady(Duration.ofMinutes(2));
    }

    /** As {@link #start(Path, String, URI, String, Map)}, without waiting until it is ready. */
    public static QuarkusProcess launch(Path work, String name, URI website, String cadence, Map<String, String> env)
            throws IOException {
        Files.createDirectories(work);
        Path config = work.resolve("config.json");
        Files.writeString(config, """
                {"assistant": {"namespace": "test", "name": "%s"}, "website": "%s",
                 "channels": ["widget"], "allowedOrigins": ["%s"],
                 "rateLimits": {"perKeyPerMinute": 100000, "perClientPerMinute": 100000},
                 "crawl": {"cadence": "%s", "allowLoopback": true}, "dataDir": "%s"}
                """.formatted(name, website, ORIGIN, cadence, work.resolve("data")));
        Map<String, String> environment = new HashMap<>(Map.of("XAPP_CONFIG_FILE", config.toString(),
                "XAPP_WIDGET_KEY", WIDGET_KEY, "XAPP_BRIDGE_TOKEN", LocalInference.tokenFor("test", name),
                "XAPP_SECRETS_DIR", work.resolve("no-secrets").toString()));
        environment.putAll(env);
        return QuarkusProcess.start(Path.of("target/quarkus-app/quarkus-run.jar"), RuntimeBenchmark.jvmOptions(),
                environment, work.resolve("runtime.log"));
    }

    /** {@code message} through POST /api/chat, as the widget on {@link #ORIGIN} sends it. */
    public static QuarkusProcess.Http.Response ask(QuarkusProcess runtime, String message, String sessionId)
            throws IOException {
        return QuarkusProcess.Http.exchange(runtime.base().resolve("api/chat"),
                Map.of("Origin", ORIGIN, "X-Xapp-Key", WIDGET_KEY),
                JSON.writeValueAsBytes(Map.of("message", message, "sessionId", sessionId)));
    }
}
