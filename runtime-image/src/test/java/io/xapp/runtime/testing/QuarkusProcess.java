package io.xapp.runtime.testing;

import io.xapp.testing.support.JarProcess;
import io.xapp.testing.support.LoopbackPorts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A packaged Quarkus application (the runtime, the inference service) started as its own process on loopback, as a
 * pod would run it: for benchmarks and the tests that measure the shipped jar. Its output goes to a log file named
 * in every error.
 */
public final class QuarkusProcess implements AutoCloseable {

    static {
        Http.configure();
    }

    private final JarProcess process;
    private final URI base;

    private QuarkusProcess(JarProcess process, URI base) {
        this.process = process;
        this.base = base;
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
        Map<String, String> onLoopback = new HashMap<>(env);
        onLoopback.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        onLoopback.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return new QuarkusProcess(JarProcess.start(jar, jvmOptions, onLoopback, log),
                URI.create("http://127.0.0.1:" + port + "/"));
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
        return process.log();
    }

    /** Waits until /q/health/ready answers 200; fails with the log's end when it exits or takes too long. */
    public QuarkusProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        process.awaitReady(base.resolve("q/health/ready"), timeout);
        return this;
    }

    /** Stops it gracefully (SIGTERM) and waits (SIGKILL after 60 s). */
    @Override
    public void close() throws InterruptedException {
        process.close();
    }

    public static int freePort() {
        return LoopbackPorts.free();
    }

    /**
     * Requests on kept-alive connections. A blocking client: the JDK's HttpClient hands every response across its
     * selector and executor threads, which added 1-2 ms of its own to each latency on this 2-core machine.
     */
    public static final class Http {

        static {
            configure();
        }

        /**
         * Every client keeps its connection (the JDK keeps 5 per host by default), and sends Origin as a browser. The
         * JDK reads these once, when HttpURLConnection is first used: so before the readiness poll opens one.
         */
        static void configure() {
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
