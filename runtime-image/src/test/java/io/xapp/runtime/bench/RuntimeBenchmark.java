package io.xapp.runtime.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.Crawlers;
import io.xapp.crawler.FetchPolicy;
import io.xapp.runtime.content.IndexStore;
import io.xapp.runtime.testing.Fixtures;
import io.xapp.runtime.testing.LocalInference;
import io.xapp.runtime.testing.QuarkusProcess;
import io.xapp.runtime.testing.StaticSiteServer;
import io.xapp.testing.support.JarProcess;
import java.io.IOException;
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
 * generated 5,000-page sites (Zipf text, uniform text as a stress case, and English sentences of real sites, on
 * which the index build's embedding cost is read): the index build and the inference service's CPU for it,
 * start-to-ready from a persisted index, idle RSS and heap, search and chat latency (p50, p99) and throughput with 1
 * and 16 concurrent clients over HTTP on loopback. Run by bench/runtime.sh.
 */
public final class RuntimeBenchmark {

    private static final String ORIGIN = "http://bench.example";
    private static final String WIDGET_KEY = "wk_bench";
    private static final String SEARCH_KEY = "sk_bench";
    private static final String NAMESPACE = "bench";
    private static final String ASSISTANT = "ast-bench";
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
            "-XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Xmx96m -Xss512k -XX:MaxMetaspaceSize=96m "
                    + "-XX:ReservedCodeCacheSize=32m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1");

    /** The runtime image's JVM flags (BENCH_JAVA_OPTS overrides them). */
    public static List<String> jvmOptions() {
        return Arrays.asList(JAVA_OPTS.split("\\s+"));
    }

    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the runtime first (mvn -pl runtime-image package)");
        }
        Path logs = Files.createTempDirectory("xapp-bench-logs");
        System.out.println("JVM options: " + JAVA_OPTS);
        System.out.println("logs: " + logs);
        // The generated sites draw their sentences from one pool: cached, a build's CPU would be the cache's.
        try (LocalInference inference = LocalInference.start(LocalInference.defaultJar(), logs,
                LocalInference.WITHOUT_VECTOR_CACHE)) {
            new RuntimeBenchmark(inference).runSites(jar);
        }
        System.exit(0);
    }

    private final LocalInference inference;

    private RuntimeBenchmark(LocalInference inference) {
        this.inference = inference;
    }

    private void runSites(Path jar) throws Exception {
        RuntimeBenchmark bench = this;
        Set<String> sites = Set.of(System.getenv().getOrDefault("BENCH_SITES", "fixture,uniform,zipf,english")
                .split(","));
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
        long inferenceCpu = JarProcess.cpuTime(inference.pid()).toMillis();
        long seedStart = System.nanoTime();
        IndexStore.in(dir.resolve("data")).write(crawl, inference.client(NAMESPACE, ASSISTANT));
        System.out.printf("index build with every passage embedded: %d ms for %d pages, inference service CPU %d ms%n",
                (System.nanoTime() - seedStart) / 1_000_000, crawl.pages().size(),
                JarProcess.cpuTime(inference.pid()).toMillis() - inferenceCpu);
        Files.writeString(dir.resolve("config.json"), """
                {"assistant": {"namespace": "%s", "name": "%s"}, "website": "%s",
                 "channels": ["widget", "search"], "allowedOrigins": ["%s"],
                 "rateLimits": {"perKeyPerMinute": 100000000, "perClientPerMinute": 100000000},
                 "crawl": {"cadence": "24h", "allowLoopback": true}, "dataDir": "%s"}
                """.formatted(NAMESPACE, ASSISTANT, crawl.startUrl(), ORIGIN, dir.resolve("data")));
        int port = QuarkusProcess.freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        long start = System.nanoTime();
        QuarkusProcess process = start(jar, dir, port);
        try {
            process.awaitReady(Duration.ofMinutes(1));
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
            process.close();
        }
        // A rolling update stops the pod gracefully: the next start must serve the index it left on the volume.
        long restart = System.nanoTime();
        try (QuarkusProcess again = start(jar, dir, port)) {
            again.awaitReady(Duration.ofMinutes(1));
            System.out.printf("start to ready after a graceful stop: %d ms%n", (System.nanoTime() - restart) / 1_000_000);
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
    private QuarkusProcess start(Path jar, Path dir, int port) throws IOException {
        return QuarkusProcess.start(jar, jvmOptions(), Map.of("XAPP_CONFIG_FILE", dir.resolve("config.json").toString(),
                "XAPP_WIDGET_KEY", WIDGET_KEY, "XAPP_SEARCH_KEY", SEARCH_KEY,
                "XAPP_BRIDGE_TOKEN", inference.tokenFor(NAMESPACE, ASSISTANT),
                "XAPP_INFERENCE_URL", inference.url().toString(),
                "XAPP_SECRETS_DIR", dir.resolve("no-secrets").toString()), dir.resolve("runtime.log"), port);
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
                    QuarkusProcess.Http.Response response = QuarkusProcess.Http.exchange(uri,
                            Map.of("Origin", ORIGIN, "X-Xapp-Key", searches != null ? SEARCH_KEY : WIDGET_KEY), body);
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
}
