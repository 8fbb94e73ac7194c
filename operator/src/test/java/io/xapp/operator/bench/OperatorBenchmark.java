package io.xapp.operator.bench;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.Crds;
import io.xapp.operator.testing.LocalOperator;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 1,000 Assistants created at once against the operator running as a process (the packaged application), with
 * site analysis served by a loopback fixture. Prints: time until all reach AwaitingQA, reconciles per second, the
 * operator's heap and RSS afterwards, and the write requests the API server counts during 60 idle seconds.
 *
 * <p>Run by {@code bench/operator.sh}, which gives it a control plane of its own (so the write count is not mixed
 * with other work) with enough kwok nodes for the Pods.
 */
public final class OperatorBenchmark {

    private static final Pattern SAMPLE = Pattern.compile(
            "^apiserver_request_total\\{(?<labels>[^}]*)} (?<value>[0-9.e+]+)$", Pattern.MULTILINE);
    private static final List<String> WRITE_VERBS = List.of("POST", "PUT", "PATCH", "DELETE", "APPLY");

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.assistants", 1000);
        Path jar = Path.of(System.getProperty("bench.operator.jar", "target/quarkus-app/quarkus-run.jar"));
        int port = Integer.getInteger("bench.operator.port", 18099);
        String javaOpts = System.getProperty("bench.operator.javaOpts", "-Xmx1g");

        KubeCluster cluster = KubeCluster.get();
        Crds.ensureApplied(cluster);
        KubernetesClient admin = cluster.client();
        String namespace = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
        Path dir = Files.createTempDirectory("operator-bench");
        Path partner = new PartnerConfig().write(dir.resolve("partner.yaml"));

        try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
                KubernetesClient client = cluster.newClient(namespace)) {
            // Restarted when it exits, as the kubelet would: under a burst a Lease renewal can time out, and the
            // operator then exits on purpose (leader-election.exit-on-stop-leading).
            Supervised operator = new Supervised(
                    () -> startOperator(jar, javaOpts, cluster, namespace, partner, port, dir));
            try {
                awaitHealthy(port);
                client.resource(Assistants.template(Assistants.TEMPLATE)).create();

                long start = System.nanoTime();
                createAll(client, count, site.baseUri().toString());
                double created = seconds(start);
                double allAwaiting = awaitAllAwaitingQa(client, count, start);
                double reconciles = metric(scrape(port), "xapp_reconcile_seconds_count", "controller=\"assistant\"");

                Thread.sleep(10_000); // let trailing events (last rollouts, status) settle before the idle window
                Map<String, Double> before = writesByResource(admin);
                Thread.sleep(60_000);
                Map<String, Double> idle = difference(writesByResource(admin), before);

                gc(operator.pid());
                String metrics = scrape(port);
                double heapMiB = metric(metrics, "jvm_memory_used_bytes", "area=\"heap\"") / (1024 * 1024);
                long rssMiB = rssKiB(operator.pid()) / 1024;

                double operatorWrites = idle.entrySet().stream().filter(e -> !e.getKey().equals("leases"))
                        .mapToDouble(Map.Entry::getValue).sum();
                System.out.printf("assistants                       %d%n", count);
                System.out.printf("created in                       %.1f s%n", created);
                System.out.printf("all AwaitingQA after             %.1f s%n", allAwaiting);
                System.out.printf("reconciles (assistant)           %.0f, %.1f per second%s%n", reconciles,
                        reconciles / allAwaiting, operator.restarts() == 0 ? "" : " (since the last restart)");
                System.out.printf("operator restarts                %d%n", operator.restarts());
                System.out.printf("operator heap used after GC      %.0f MiB (%s)%n", heapMiB, javaOpts);
                System.out.printf("operator RSS                     %d MiB%n", rssMiB);
                System.out.printf("idle 60 s: write requests        %.0f (not counting Lease renewals)%n",
                        operatorWrites);
                System.out.printf("idle 60 s: writes by resource    %s%n", idle);
            } finally {
                operator.stop();
            }
        } finally {
            admin.namespaces().withName(namespace).delete();
        }
        System.exit(0); // the clients' threads would keep the JVM, and so the script, waiting
    }

    /** The operator process, started again whenever it exits until {@link #stop()}. */
    private static final class Supervised {
        private final Callable<Process> start;
        private final AtomicInteger restarts = new AtomicInteger();
        private volatile Process process;
        private volatile boolean stopping;

        Supervised(Callable<Process> start) throws Exception {
            this.start = start;
            this.process = start.call();
            Thread watcher = new Thread(this::restartOnExit, "operator-supervisor");
            watcher.setDaemon(true);
            watcher.start();
        }

        private void restartOnExit() {
            while (!stopping) {
                try {
                    int code = process.waitFor();
                    if (stopping) {
                        return;
                    }
                    System.err.printf("operator exited with %d; restarting it (restart %d)%n", code,
                            restarts.incrementAndGet());
                    process = start.call();
                } catch (Exception e) {
                    System.err.println("could not restart the operator: " + e);
                    return;
                }
            }
        }

        long pid() {
            return process.pid();
        }

        int restarts() {
            return restarts.get();
        }

        void stop() throws InterruptedException {
            stopping = true;
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Process startOperator(Path jar, String javaOpts, KubeCluster cluster, String namespace,
            Path partner, int port, Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(List.of(javaOpts.split(" ")));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("operator.log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("KUBECONFIG", cluster.kubeconfig().toString());
        env.put("QUARKUS_OPERATOR_SDK_NAMESPACES", namespace);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("XAPP_PARTNER_CONFIG", partner.toString());
        env.put("XAPP_ASSISTANT_TOKEN_KEY", LocalOperator.TOKEN_KEY);
        System.err.println("operator log: " + dir.resolve("operator.log"));
        return pb.start();
    }

    private static void createAll(KubernetesClient client, int count, String website) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Assistant a = Assistants.assistant("bench-customer-" + i, website, "growth");
                created.add(pool.submit(() -> client.resource(a).create()));
            }
            for (Future<?> f : created) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double awaitAllAwaitingQa(KubernetesClient client, int count, long start)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            long awaiting = client.resources(Assistant.class).list().getItems().stream()
                    .filter(a -> a.getStatus() != null && a.getStatus().getPhase() == Phase.AwaitingQA).count();
            if (awaiting == count) {
                return seconds(start);
            }
            System.err.printf("%.0f s: %d of %d AwaitingQA%n", seconds(start), awaiting, count);
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("not all " + count + " Assistants reached AwaitingQA within 30 minutes");
    }

    /** The API server's write counters by resource (verbs POST, PUT, PATCH, DELETE, APPLY). */
    private static Map<String, Double> writesByResource(KubernetesClient admin) {
        String text = admin.raw("/metrics");
        Map<String, Double> writes = new TreeMap<>();
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            String labels = m.group("labels");
            String verb = label(labels, "verb");
            if (WRITE_VERBS.contains(verb)) {
                writes.merge(label(labels, "resource"), Double.parseDouble(m.group("value")), Double::sum);
            }
        }
        return writes;
    }

    private static Map<String, Double> difference(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> d = new TreeMap<>();
        after.forEach((k, v) -> {
            double delta = v - before.getOrDefault(k, 0.0);
            if (delta > 0) {
                d.put(k, delta);
            }
        });
        return d;
    }

    private static String label(String labels, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(labels);
        return m.find() ? m.group(1) : "";
    }

    private static double metric(String text, String name, String labelFilter) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(labelFilter)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static void awaitHealthy(int port) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try {
                if (get(port, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the operator did not become ready within 2 minutes");
    }

    private static String scrape(int port) throws IOException, InterruptedException {
        return get(port, "/q/metrics").body();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void gc(long pid) throws IOException, InterruptedException {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
