package io.xapp.runtime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A packaged Quarkus application (the runtime, the inference service) started as its own process on loopback, as a
 * pod would run it: for benchmarks and the tests that measure the shipped jar. Its output goes to a log file named
 * in every error.
 */
public final class QuarkusProcess implements AutoCloseable {

    private final Process process;
    private final URI base;
    private final Path log;

    private QuarkusProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts {@code jar} with {@code jvmOptions} and {@code env} on a free port of 127.0.0.1.
     *
     * @param log where its output is appended
     */
    public static QuarkusProcess start(Path jar, List<String> jvmOptions, Map<String, String> env, Path log)
            throws IOException {
        return start(jar, jvmOptions, env, log, freePort());
    }

    /** As {@link #start(Path, List, Map, Path)}, on {@code port} (a restart that keeps its address). */
    public static QuarkusProcess start(Path jar, List<String> jvmOptions, Map<String, String> env, Path log, int port)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -pl <module> -am package)");
        }
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return new QuarkusProcess(pb.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
    }

    public URI base() {
        return base;
    }

    public int port() {
        return base.getPort();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Waits until /q/health/ready answers 200; fails with the log's end when it exits or takes too long. */
    public QuarkusProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(base + " exited with " + process.exitValue() + ": " + logTail());
            }
            try {
                if (Http.exchange(base.resolve("q/health/ready"), Map.of(), null).status() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(base + " was not ready within " + timeout + "; see " + log);
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Stops it gracefully (SIGTERM) and waits. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Requests on kept-alive connections. A blocking client: the JDK's HttpClient hands every response across its
     * selector and executor threads, which added 1-2 ms of its own to each latency on this 2-core machine.
     */
    public static final class Http {

        static {
            // Every client keeps its connection (the JDK keeps 5 per host by default), and sends Origin as a browser.
            System.setProperty("http.maxConnections", "32");
            System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
        }

        private Http() {
        }

        public record Response(int status, byte[] body) {
        }

        /** GET, or POST of JSON {@code body} when it is not null. */
        public static Response exchange(URI uri, Map<String, String> headers, byte[] body) throws IOException {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            headers.forEach(connection::setRequestProperty);
            if (body != null) {
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            // Reading the body to its end and closing the stream returns the connection to the keep-alive cache.
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new Response(status, in == null ? new byte[0] : in.readAllBytes());
            }
        }
    }
}
