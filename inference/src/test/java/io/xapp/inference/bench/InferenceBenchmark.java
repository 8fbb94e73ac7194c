package io.xapp.inference.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.testing.processes.ChildProcesses;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The inference service as a process (the packaged jar, the image's JVM flags) on loopback: start to ready, idle
 * RSS, question embeddings per second with 1 and 16 concurrent clients (one question per request, as runtimes ask
 * them) with p50/p99 latency, passage embeddings per second of the service's CPU (requests of 64 passages, as a
 * runtime indexes) and the CPU time that projects to 25,000 passages, RSS under load, and a visitor's question
 * latency while eight index builds send their site's words, at either priority. The service's vector cache
 * is off (the loads repeat their texts), unless BENCH_SERVICE_ENV turns it on. Prints figures, asserts nothing. Run
 * by bench/inference.sh.
 */
public final class InferenceBenchmark {

    private static final String ASSISTANT_NS = "bench";
    private static final String ASSISTANT = "ast-bench";
    private static final int QUESTIONS_ONE_CLIENT = 400;
    private static final int QUESTIONS_PER_CLIENT_16 = 100;
    /** Enough for C2 to compile the request path: with 800, its compiler threads still ran in the measurement. */
    private static final int WARMUP_QUESTIONS = 3200;
    private static final int PASSAGES_MEASURED = Integer.getInteger("bench.passages", 2048);
    private static final int PASSAGES_PER_REQUEST = 64;
    private static final int PROJECTED_PASSAGES = 25_000;
    /** Index builds sending their site's words at once, as when a partner onboards many customers together. */
    private static final int WORD_BUILDS = 8;
    private static final int BUSY_SECONDS = 20;
    private static final String JAVA_OPTS = System.getenv().getOrDefault("BENCH_JAVA_OPTS",
            "-XX:+UseSerialGC -Xmx192m -XX:MaxMetaspaceSize=96m");

    private final ObjectMapper json = new ObjectMapper();
    private final String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    private final String token = new AssistantTokens(key.getBytes(StandardCharsets.UTF_8)).tokenFor(ASSISTANT_NS,
            ASSISTANT);
    private URI base;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path sites = Path.of(args[1]);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -pl inference -am package -DskipTests");
        }
        System.setProperty("http.maxConnections", "32");
        new InferenceBenchmark().run(jar, sites);
        System.exit(0);
    }

    private void run(Path jar, Path sites) throws Exception {
        List<String> questions = questions(sites);
        List<String> passages = BenchPassages.fromSites(sites);
        Path dir = Files.createTempDirectory("xapp-inference-bench");
        int port = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        System.out.println("JVM options: " + JAVA_OPTS + "; service settings: "
                + System.getenv().getOrDefault("BENCH_SERVICE_ENV", "(defaults)"));
        long start = System.nanoTime();
        Process service = start(jar, dir, port);
        try {
            awaitReady(service, dir);
            System.out.printf("start to ready (model loaded): %d ms%n", (System.nanoTime() - start) / 1_000_000);
            Thread.sleep(2000);
            System.out.printf("idle RSS: %s%n", rss(service.pid()));

            System.out.printf("%nquestions (%d distinct, from the fixture sites' qa.json; one per request)%n",
                    questions.size());
            questionLoad(questions, WARMUP_QUESTIONS / 16, 16); // JIT, connections
            for (int clients : List.of(1, 16)) {
                int perClient = clients == 1 ? QUESTIONS_ONE_CLIENT : QUESTIONS_PER_CLIENT_16;
                Rounds rounds0 = rounds("query");
                Map<String, Long> threads0 = ThreadCpu.byGroup(service.pid());
                long cpu0 = cpuNanos(service.pid());
                long t0 = System.nanoTime();
                long[] latencies = questionLoad(questions, perClient, clients);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuMs = (cpuNanos(service.pid()) - cpu0) / 1e6;
                Arrays.sort(latencies);
                System.out.printf("  %2d client%s: %6.0f embeddings/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  "
                                + "service CPU %.2f ms per question, %.1f questions per round%n", clients,
                        clients == 1 ? " " : "s", latencies.length / seconds, pct(latencies, 0.5),
                        pct(latencies, 0.99), latencies[latencies.length - 1] / 1e6, cpuMs / latencies.length,
                        rounds("query").textsPerCallSince(rounds0));
                System.out.println("              service CPU by threads: " + ThreadCpu.shares(threads0,
                        ThreadCpu.byGroup(service.pid())));
            }

            double words = passages.stream().mapToInt(p -> p.split("\\s+").length).average().orElse(0);
            int[] sortedWords = passages.stream().mapToInt(p -> p.split("\\s+").length).sorted().toArray();
            System.out.printf("%npassages (%d distinct from the fixture sites, at most %d words: mean %.0f, median "
                            + "%d, p90 %d; %d sent in requests of %d)%n", passages.size(), BenchPassages.MAX_WORDS,
                    words, sortedWords[sortedWords.length / 2], sortedWords[(int) (sortedWords.length * 0.9)],
                    PASSAGES_MEASURED, PASSAGES_PER_REQUEST);
            passageLoad(passages.subList(0, Math.min(passages.size(), PASSAGES_PER_REQUEST)), 1, 1); // warm-up
            for (int clients : List.of(1, 2)) {
                long cpu0 = cpuNanos(service.pid());
                long t0 = System.nanoTime();
                int sent = passageLoad(passages, PASSAGES_MEASURED / PASSAGES_PER_REQUEST / clients, clients);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuSeconds = (cpuNanos(service.pid()) - cpu0) / 1e9;
                double perCpuSecond = sent / cpuSeconds;
                System.out.printf("  %d client%s: %6.1f passages/s wall, %6.1f passages per CPU second "
                                + "(%.1f ms CPU each); %,d passages would take %.0f s of CPU (%.1f min)%n", clients,
                        clients == 1 ? " " : "s", sent / seconds, perCpuSecond, 1000 / perCpuSecond,
                        PROJECTED_PASSAGES, PROJECTED_PASSAGES / perCpuSecond,
                        PROJECTED_PASSAGES / perCpuSecond / 60);
            }
            System.out.printf("%nRSS under load: %s; peak %s%n", rss(service.pid()), peakRss(service.pid()));

            System.out.printf("%nvisitors' questions (1 client) while %d index builds send site words (%d per request, "
                    + "as queries, %d s each)%n", WORD_BUILDS, PASSAGES_PER_REQUEST, BUSY_SECONDS);
            for (String priority : List.of("interactive", "background")) {
                questionsWhileBuildsSendWords(questions, priority);
            }
        } finally {
            ChildProcesses.stop(service, Duration.ofSeconds(60));
        }
    }

    /** The service's own count of model calls and texts ({@code /q/metrics}). */
    private record Rounds(double calls, double texts) {
        double textsPerCallSince(Rounds before) {
            return (texts - before.texts) / Math.max(1, calls - before.calls);
        }
    }

    private Rounds rounds(String kind) throws IOException {
        HttpURLConnection c = (HttpURLConnection) base.resolve("/q/metrics").toURL().openConnection();
        String metrics;
        try (InputStream in = c.getInputStream()) {
            metrics = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String series = "xapp_inference_round_texts_%s{kind=\"" + kind + "\"";
        return new Rounds(metric(metrics, series.formatted("count")), metric(metrics, series.formatted("sum")));
    }

    /** The value of the first line of {@code series} (labels as given, in either exposition format). */
    private static double metric(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series)).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).orElse(0.0);
    }

    private List<String> questions(Path sites) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> qa = Files.list(sites).map(s -> s.resolve("qa.json")).filter(Files::isRegularFile)
                .sorted()) {
            for (Path file : qa.toList()) {
                for (JsonNode item : json.readTree(file.toFile())) {
                    out.add(item.get("q").asText());
                }
            }
        }
        return out;
    }

    private Process start(Path jar, Path dir, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(Arrays.asList(JAVA_OPTS.split("\\s+")));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("service.log").toFile()));
        pb.environment().putAll(Map.of("XAPP_ASSISTANT_TOKEN_KEY", key, "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_HTTP_HOST", "127.0.0.1", "DJL_CACHE_DIR", dir.resolve("djl").toString(),
                // The loads below repeat their texts: cached, they would measure the cache, not the model.
                "XAPP_INFERENCE_VECTOR_CACHE_BYTES", "0"));
        // BENCH_SERVICE_ENV="XAPP_INFERENCE_WORKERS=2 XAPP_INFERENCE_INTRA_OP_THREADS=1" tries other settings.
        for (String kv : System.getenv().getOrDefault("BENCH_SERVICE_ENV", "").split("\\s+")) {
            if (kv.contains("=")) {
                pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        return ChildProcesses.start(pb);
    }

    /** {@code perClient} single-question requests from each of {@code clients} threads; every latency in ns. */
    private long[] questionLoad(List<String> questions, int perClient, int clients) throws Exception {
        return load(clients, client -> {
            long[] latencies = new long[perClient];
            for (int i = 0; i < perClient; i++) {
                String q = questions.get((client * 37 + i) % questions.size());
                long t = System.nanoTime();
                embed("query", List.of(q));
                latencies[i] = System.nanoTime() - t;
            }
            return latencies;
        });
    }

    /**
     * One visitor asking (a question, then 50 ms, as a person types) while index builds send words: either at the
     * query's own priority (interactive: what runtimes sent before 2026-12-07) or in the background (what they send
     * now). A build told 503 comes back after a second.
     */
    private void questionsWhileBuildsSendWords(List<String> questions, String priority) throws Exception {
        long stop = System.nanoTime() + BUSY_SECONDS * 1_000_000_000L;
        long[] words = new long[2];
        ExecutorService builds = Executors.newFixedThreadPool(WORD_BUILDS);
        try {
            for (int b = 0; b < WORD_BUILDS; b++) {
                int build = b;
                builds.submit(() -> {
                    for (int n = 0; System.nanoTime() < stop; n++) {
                        List<String> batch = new ArrayList<>(PASSAGES_PER_REQUEST);
                        for (int i = 0; i < PASSAGES_PER_REQUEST; i++) {
                            batch.add("word" + build + "x" + n + "x" + i + priority); // distinct, a few tokens each
                        }
                        boolean taken = post("query", priority, batch) == 200;
                        synchronized (words) {
                            words[taken ? 0 : 1]++;
                        }
                        if (!taken) {
                            Thread.sleep(1000);
                        }
                    }
                    return null;
                });
            }
            List<Long> latencies = new ArrayList<>();
            int refused = 0;
            for (int i = 0; System.nanoTime() < stop; i++) {
                long t = System.nanoTime();
                if (post("query", null, List.of(questions.get(i % questions.size()))) != 200) {
                    refused++; // the runtime would answer from BM25 alone
                }
                latencies.add(System.nanoTime() - t);
                Thread.sleep(50);
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  words %-11s: %4d questions  p50 %7.1f ms  p99 %7.1f ms  refused %d  over 1.5 s (the "
                            + "runtime's timeout) %d; word requests taken %d, refused %d%n", priority, sorted.length,
                    pct(sorted, 0.5), pct(sorted, 0.99), refused,
                    Arrays.stream(sorted).filter(l -> l > 1_500_000_000L).count(), words[0], words[1]);
        } finally {
            builds.shutdown();
            builds.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** {@code requests} requests of 64 passages from each client; returns the passages sent. */
    private int passageLoad(List<String> passages, int requests, int clients) throws Exception {
        long[] sent = load(clients, client -> {
            int n = 0;
            for (int r = 0; r < requests; r++) {
                List<String> batch = new ArrayList<>(PASSAGES_PER_REQUEST);
                for (int i = 0; i < PASSAGES_PER_REQUEST; i++) {
                    batch.add(passages.get(((client * requests + r) * PASSAGES_PER_REQUEST + i) % passages.size()));
                }
                embed("passage", batch);
                n += batch.size();
            }
            return new long[] {n};
        });
        return (int) Arrays.stream(sent).sum();
    }

    private interface Client {
        long[] run(int client) throws Exception;
    }

    private static long[] load(int clients, Client work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> work.run(client)));
            }
            List<long[]> parts = new ArrayList<>();
            for (Future<long[]> f : futures) {
                parts.add(f.get());
            }
            return parts.stream().flatMapToLong(Arrays::stream).toArray();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request on a kept-alive connection at the kind's own priority; fails on anything but 200. */
    private void embed(String kind, List<String> texts) throws IOException {
        int status = post(kind, null, texts);
        if (status != 200) {
            throw new IllegalStateException("POST /v1/embeddings answered " + status);
        }
    }

    /** One request on a kept-alive connection; its status. */
    private int post(String kind, String priority, List<String> texts) throws IOException {
        byte[] body = json.writeValueAsBytes(priority == null ? Map.of("kind", kind, "texts", texts)
                : Map.of("kind", kind, "priority", priority, "texts", texts));
        HttpURLConnection c = (HttpURLConnection) base.resolve("/v1/embeddings").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        c.setRequestProperty("Authorization", "Bearer " + token);
        c.setRequestProperty("X-Xapp-Assistant", ASSISTANT_NS + "/" + ASSISTANT);
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            byte[] answer = in == null ? new byte[0] : in.readAllBytes();
            if (status != 200 && status != 503) {
                throw new IllegalStateException("POST /v1/embeddings answered " + status + ": "
                        + new String(answer, StandardCharsets.UTF_8));
            }
        }
        return status;
    }

    private void awaitReady(Process service, Path dir) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited: " + Files.readString(dir.resolve("service.log")));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) base.resolve("/q/health/ready").toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready within 2 min; see " + dir.resolve("service.log"));
    }

    /** User plus system CPU time of the process, from /proc (clock ticks of 10 ms). */
    private static long cpuNanos(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    }

    private static String rss(long pid) throws IOException {
        return status(pid, "VmRSS");
    }

    private static String peakRss(long pid) throws IOException {
        return status(pid, "VmHWM");
    }

    private static String status(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(field + ":"))
                .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024 + " MiB").findFirst().orElse("?");
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
