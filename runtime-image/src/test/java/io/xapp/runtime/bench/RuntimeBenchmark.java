package io.xapp.runtime.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.Crawlers;
import io.xapp.crawler.FetchPolicy;
import io.xapp.runtime.content.IndexStore;
import io.xapp.runtime.testing.Fixtures;
import io.xapp.runtime.testing.StaticSiteServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Speed and size of the runtime as a process (the packaged jar, the image's JVM flags), on the fixture site and on
 * generated 5,000-page sites (realistic Zipf text, and uniform text as a stress case): start-to-ready from a persisted index, idle RSS and heap, search and chat latency
 * (p50, p99) and throughput with 1 and 16 concurrent clients over HTTP on loopback. Run by bench/runtime.sh.
 */
public final class RuntimeBenchmark {

    private static final String ORIGIN = "http://bench.example";
    private static final String WIDGET_KEY = "wk_bench";
    private static final String SEARCH_KEY = "sk_bench";
    private static final int REQUESTS_ONE_CLIENT = 400;
    private static final int REQUESTS_PER_CLIENT_16 = 100;
    /** Searches measured right after start, before the warm-up. */
    private static final int COLD_REQUESTS = 200;
    /**
     * Warm-up requests per endpoint (search, then chat): enough for the image's single C1 compiler thread to compile
     * the request path. After 600, p99 at 5,000 pages still carried the compilations (9.5-11.2 ms against 6-7).
     */
    private static final int WARMUP = 3200;
    private static final String JAVA_OPTS = System.getenv().getOrDefault("BENCH_JAVA_OPTS",
            "-XX:+UseSerialGC -Xmx96m -Xss512k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m "
                    + "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1");

    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the runtime first (mvn -pl runtime-image package)");
        }
        // Every client keeps its connection (the JDK keeps 5 per host by default), and sends Origin as a browser does.
        System.setProperty("http.maxConnections", "32");
        System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
        RuntimeBenchmark bench = new RuntimeBenchmark();
        System.out.println("JVM options: " + JAVA_OPTS);
        Set<String> sites = Set.of(System.getenv().getOrDefault("BENCH_SITES", "fixture,uniform,zipf").split(","));
        if (sites.contains("fixture")) {
            try (StaticSiteServer site = StaticSiteServer.serve(Fixtures.dental().resolve("www"), "127.0.0.1")) {
                CrawlResult fixture;
                try (Crawler crawler = Crawlers.crawler()) {
                    fixture = crawler.crawl(CrawlSettings.of(site.baseUri()).withPerHostDelay(Duration.ZERO)
                            .withFetch(FetchPolicy.defaults().withAllowLoopback(true)));
                }
                bench.run("fixture site (" + fixture.pages().size() + " pages)", fixture, bench.fixtureQuestions(),
                        jar);
            }
        }
        for (GeneratedSite.Text text : GeneratedSite.Text.values()) {
            String name = text.name().toLowerCase(Locale.ROOT);
            if (sites.contains(name)) {
                CrawlResult generated = GeneratedSite.crawl(URI.create("http://127.0.0.1:9/"), 5000, 42, text);
                bench.run("generated site (5000 pages, " + name + " text)", generated, GeneratedSite.queries(200, 7),
                        jar);
            }
        }
        System.exit(0);
    }

    private List<String> fixtureQuestions() throws IOException {
        List<String> questions = new ArrayList<>();
        for (var item : json.readTree(Fixtures.dental().resolve("qa.json").toFile())) {
            questions.add(item.get("q").asText());
        }
        return questions;
    }

    private void run(String name, CrawlResult crawl, List<String> queries, Path jar) throws Exception {
        System.out.println();
        System.out.println("== " + name);
        Path dir = Files.createTempDirectory("xapp-bench");
        long seedStart = System.nanoTime();
        IndexStore.in(dir.resolve("data")).write(crawl);
        System.out.printf("index build: %d ms%n", (System.nanoTime() - seedStart) / 1_000_000);
        Files.writeString(dir.resolve("config.json"), """
                {"assistant": {"namespace": "bench", "name": "ast-bench"}, "website": "%s",
                 "channels": ["widget", "search"], "allowedOrigins": ["%s"],
                 "rateLimits": {"perKeyPerMinute": 100000000, "perClientPerMinute": 100000000},
                 "crawl": {"cadence": "24h", "allowLoopback": true}, "dataDir": "%s"}
                """.formatted(crawl.startUrl(), ORIGIN, dir.resolve("data")));
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        long start = System.nanoTime();
        Process process = start(jar, dir, port);
        try {
            awaitReady(base, process, dir);
            System.out.printf("start to ready (persisted index): %d ms%n", (System.nanoTime() - start) / 1_000_000);
            Thread.sleep(3000);
            System.out.printf("idle RSS after start: %s%n", rss(process.pid()));
            List<URI> searches = queries.stream().map(q -> base.resolve("api/search?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
            // A pod that has just started answers its first requests while the JIT is still compiling them.
            measure("search", "first " + COLD_REQUESTS + " after start, 1 client", () -> load(searches, null, base,
                    COLD_REQUESTS, 1));
            // Warm-up at the highest concurrency measured: the JIT compiles the hot paths and the client holds as many
            // open connections as it has clients, so connection setup is not counted as request latency.
            load(searches, null, base, WARMUP / 16, 16);
            load(null, queries, base, WARMUP / 16, 16);
            for (String endpoint : List.of("search", "chat")) {
                for (int clients : List.of(1, 16)) {
                    int perClient = clients == 1 ? REQUESTS_ONE_CLIENT : REQUESTS_PER_CLIENT_16;
                    measure(endpoint, "%2d client%s".formatted(clients, clients == 1 ? " " : "s"),
                            () -> endpoint.equals("search") ? load(searches, null, base, perClient, clients)
                                    : load(null, queries, base, perClient, clients));
                }
            }
            Thread.sleep(5000);
            System.out.printf("idle RSS after load: %s%n", rss(process.pid()));
            System.out.println("heap: " + heap(process.pid()));
        } finally {
            process.destroy();
            process.waitFor();
        }
        // A rolling update stops the pod gracefully: the next start must serve the index it left on the volume.
        long restart = System.nanoTime();
        Process again = start(jar, dir, port);
        try {
            awaitReady(base, again, dir);
            System.out.printf("start to ready after a graceful stop: %d ms%n", (System.nanoTime() - restart) / 1_000_000);
        } finally {
            again.destroy();
            again.waitFor();
        }
    }

    /** Runs {@code requests} and prints its latency percentiles and throughput. */
    private static void measure(String endpoint, String how, Callable<long[]> requests) throws Exception {
        long t0 = System.nanoTime();
        long[] latencies = requests.call();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%-6s %s: p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %7.0f req/s%n", endpoint, how,
                pct(latencies, 0.50), pct(latencies, 0.99), latencies[latencies.length - 1] / 1e6,
                latencies.length / seconds);
    }

    /** Starts the packaged runtime with the image's JVM flags, the config in {@code dir}, on {@code port}. */
    private static Process start(Path jar, Path dir, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(Arrays.asList(JAVA_OPTS.split("\\s+")));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("runtime.log").toFile()));
        pb.environment().putAll(Map.of("XAPP_CONFIG_FILE", dir.resolve("config.json").toString(),
                "XAPP_WIDGET_KEY", WIDGET_KEY, "XAPP_SEARCH_KEY", SEARCH_KEY, "QUARKUS_HTTP_PORT",
                Integer.toString(port), "XAPP_SECRETS_DIR", dir.resolve("no-secrets").toString()));
        return pb.start();
    }

    /** Sends {@code perClient} requests from each of {@code clients} threads; returns every latency in ns. */
    private long[] load(List<URI> searches, List<String> questions, URI base, int perClient, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[perClient];
                for (int i = 0; i < perClient; i++) {
                    int k = client * 31 + i;
                    URI uri = searches != null ? searches.get(k % searches.size()) : base.resolve("api/chat");
                    byte[] body = searches != null ? null : json.writeValueAsBytes(Map.of(
                            "message", questions.get(k % questions.size()), "sessionId", "bench-" + client));
                    long t = System.nanoTime();
                    Response response = exchange(uri, searches != null ? SEARCH_KEY : WIDGET_KEY, body);
                    latencies[i] = System.nanoTime() - t;
                    if (response.status() != 200) {
                        throw new IllegalStateException(uri + " answered " + response.status() + ": "
                                + new String(response.body(), StandardCharsets.UTF_8));
                    }
                }
                return latencies;
            }));
        }
        long[] all = new long[perClient * clients];
        int at = 0;
        try {
            for (Future<long[]> f : futures) {
                long[] part = f.get();
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
        } finally {
            // A failed request must end the benchmark, not leave the other clients' threads keeping it alive.
            pool.shutdownNow();
        }
        return all;
    }

    private record Response(int status, byte[] body) {
    }

    /**
     * One request on a kept-alive connection. A blocking client: the JDK's HttpClient hands every response across
     * its selector and executor threads, which added 1-2 ms of its own to each latency on this 2-core machine.
     */
    private static Response exchange(URI uri, String key, byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestProperty("Origin", ORIGIN);
        connection.setRequestProperty("X-Xapp-Key", key);
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

    private void awaitReady(URI base, Process process, Path dir) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the runtime exited: " + Files.readString(dir.resolve("runtime.log")));
            }
            try {
                if (exchange(base.resolve("q/health/ready"), SEARCH_KEY, null).status() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the runtime was not ready within 60 s; see " + dir.resolve("runtime.log"));
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /**
     * VmRSS, and its anonymous and file-backed parts: the file part is mostly the mapped index, page cache the
     * kernel can reclaim, not memory the process holds on its own.
     */
    private static String rss(long pid) throws IOException {
        Map<String, Long> kib = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            String[] parts = line.split(":\\s+");
            if (parts.length == 2 && (parts[0].startsWith("Rss") || parts[0].equals("VmRSS"))) {
                kib.put(parts[0], Long.parseLong(parts[1].replaceAll("\\D+", "")));
            }
        }
        return "%d MiB (anonymous %d, files %d)".formatted(kib.getOrDefault("VmRSS", -1024L) / 1024,
                kib.getOrDefault("RssAnon", -1024L) / 1024, kib.getOrDefault("RssFile", -1024L) / 1024);
    }

    private static String heap(long pid) throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out.lines().filter(l -> l.contains("generation") || l.contains("Metaspace")).map(String::strip)
                .reduce((a, b) -> a + "; " + b).orElse(out.strip());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
