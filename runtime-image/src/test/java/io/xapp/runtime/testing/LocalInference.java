package io.xapp.runtime.testing;

import io.xapp.api.auth.AssistantTokens;
import io.xapp.runtime.semantic.InferenceClient;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inference service as shipped (the {@code inference} module's packaged jar) on loopback, with a signing key of
 * its own, for tests and benchmarks that run the runtime with semantic retrieval.
 */
public final class LocalInference implements AutoCloseable {

    private static final String SIGNING_KEY = "local-inference-signing-key-0123456789abcdef";

    /**
     * Settings for a service that embeds every text it is sent: the service's vector cache answers a text sent
     * before from memory, so a benchmark that asks its questions twice (a warm-up pass, then the timed one) or a
     * generated site whose pages repeat their sentences would time the cache, not the model.
     */
    public static final Map<String, String> WITHOUT_VECTOR_CACHE = Map.of("XAPP_INFERENCE_VECTOR_CACHE_BYTES", "0");

    private final QuarkusProcess process;
    private static final AssistantTokens TOKENS = new AssistantTokens(SIGNING_KEY.getBytes(StandardCharsets.UTF_8));

    private LocalInference(QuarkusProcess process) {
        this.process = process;
    }

    /** The packaged service next to this module: {@code ../inference/target/quarkus-app/quarkus-run.jar}. */
    public static Path defaultJar() {
        return Path.of(System.getProperty("xapp.inference.jar", "../inference/target/quarkus-app/quarkus-run.jar"));
    }

    /**
     * Starts {@code jar}, its log in {@code logDir}, with service settings ({@code XAPP_INFERENCE_*} environment
     * variables, docs/inference.md; such as {@link #WITHOUT_VECTOR_CACHE}), and waits until its model is loaded.
     */
    public static LocalInference start(Path jar, Path logDir, Map<String, String> settings)
            throws IOException, InterruptedException {
        return start(jar, logDir, QuarkusProcess.freePort(), settings);
    }

    /** As {@link #start(Path, Path, Map)} with the default settings, on {@code port}: where runtimes look for it. */
    public static LocalInference start(Path jar, Path logDir, int port) throws IOException, InterruptedException {
        return start(jar, logDir, port, Map.of());
    }

    private static LocalInference start(Path jar, Path logDir, int port, Map<String, String> settings)
            throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Map<String, String> env = new HashMap<>(settings);
        env.put("XAPP_ASSISTANT_TOKEN_KEY", SIGNING_KEY);
        QuarkusProcess process = QuarkusProcess.start(jar, List.of(), env, logDir.resolve("inference.log"), port);
        return new LocalInference(process.awaitReady(Duration.ofMinutes(3)));
    }

    public URI url() {
        return process.base();
    }

    public long pid() {
        return process.pid();
    }

    /** The token the Assistant {@code namespace/name} presents (as its runtime's bridge-token). */
    public static String tokenFor(String namespace, String name) {
        return TOKENS.tokenFor(namespace, name);
    }

    /** A client as that Assistant's runtime would make it. */
    public InferenceClient client(String namespace, String name) {
        return new InferenceClient(url(), namespace + "/" + name, tokenFor(namespace, name));
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
