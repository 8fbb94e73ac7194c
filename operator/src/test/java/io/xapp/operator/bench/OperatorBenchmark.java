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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Assistants created at once (1,000 by default, {@code -Dbench.assistants}) against the operator running as a
 * process (the packaged application, with the environment and JVM limits of the chart's defaults:
 * {@link ChartOperatorDefaults}), with site analysis served by a loopback fixture. Prints: time until all reach
 * AwaitingQA, reconciles per second, restarts, the writes the API server counted during the burst, the operator's
 * heap, RSS and peak RSS afterwards, and the write requests during 60 idle seconds.
 *
 * <p>{@code -Dbench.operator.javaOpts="..."} replaces the chart's JVM settings; {@code -Dbench.profile=DIR} adds
 * native memory tracking and writes a class histogram and the native memory summary there at the end.
 *
 * <p>Run by {@code bench/operator.sh}, which gives it a control plane of its own (so the write count is not mixed
 * with other work) with enough kwok nodes for the Pods.
 */
public final class OperatorBenchmark {

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.assistants", 1000);
        Path jar = Path.of(System.getProperty("bench.operator.jar", "target/quarkus-app/quarkus-run.jar"));
        int port = Integer.getInteger("bench.operator.port", 18099);
        Path profile = Optional.ofNullable(System.getProperty("bench.profile")).map(Path::of).orElse(null);
        Path auditLog = Optional.ofNullable(System.getProperty("bench.auditLog")).map(Path::of).orElse(null);

        KubeCluster cluster = KubeCluster.get();
        Crds.ensureApplied(cluster);
        KubernetesClient admin = cluster.client();
        String namespace = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
        Path dir = Files.createTempDirectory("operator-bench");
        Path partner = new PartnerConfig().write(dir.resolve("partner.yaml"));
        ChartOperatorDefaults chart = ChartOperatorDefaults.render(cluster.tool("helm"), Repo.resolve("helm/xapp"));
        List<String> jvm = new ArrayList<>(System.getProperty("bench.operator.javaOpts") == null ? chart.jvmLimits()
                : List.of(System.getProperty("bench.operator.javaOpts").trim().split(" +")));
        Map<String, String> env = new LinkedHashMap<>(chart.environment());
        if (System.getProperty("bench.operator.javaOpts") != null) {
            env.remove("JAVA_TOOL_OPTIONS");
        }
        if (profile != null) {
            jvm.add("-XX:NativeMemoryTracking=summary");
        }
        env.put("KUBECONFIG", cluster.kubeconfig().toString());
        env.put("QUARKUS_OPERATOR_SDK_NAMESPACES", namespace);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("XAPP_PARTNER_CONFIG", partner.toString());
        env.put("XAPP_ASSISTANT_TOKEN_KEY", LocalOperator.TOKEN_KEY);
        // kwok runs no runtimes: the pre-review checks would wait for runtimes that never answer and retry for ever.
        // What is measured ends at AwaitingQA, which the checks follow (-Dbench.qaChecks=true keeps them on).
        env.put("XAPP_QA_CHECKS_ENABLED", Boolean.toString(Boolean.getBoolean("bench.qaChecks")));

        try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
                KubernetesClient client = cluster.newClient(namespace);
                OperatorProcess operator = OperatorProcess.start(jar, jvm, env, dir.resolve("operator.log"));
                Phases phases = Phases.watch(client)) {
            awaitHealthy(port);
            client.resource(Assistants.template(Assistants.TEMPLATE)).create();

            ApiServerWrites beforeBurst = ApiServerWrites.read(admin);
            Instant burstStart = Instant.now();
            ProcessCpu cpuBefore = ProcessCpu.read(operator.pid(), cluster.clusterDir());
            long start = System.nanoTime();
            createAll(client, count, site.baseUri().toString());
            double created = seconds(start);
            double allAwaiting = phases.awaitAll(Phase.AwaitingQA, count, start, operator);
            ApiServerWrites burst = ApiServerWrites.read(admin).since(beforeBurst);
            Instant burstEnd = Instant.now();
            String burstCpu = ProcessCpu.read(operator.pid(), cluster.clusterDir()).since(cpuBefore, count,
                    "Assistant");
            String metrics = scrape(port);
            double reconciles = metric(metrics, "xapp_reconcile_seconds_count", "controller=\"assistant\"");
            double reconcileSeconds = metric(metrics, "xapp_reconcile_seconds_sum", "controller=\"assistant\"");
            double analyses = metric(metrics, "xapp_site_analysis_seconds_count", "");
            double analysisSeconds = metric(metrics, "xapp_site_analysis_seconds_sum", "");
            long peakRss = operator.peakRssMiB();

            Thread.sleep(10_000); // let trailing events (last rollouts, status) settle before the idle window
            ApiServerWrites before = ApiServerWrites.read(admin);
            Instant idleStart = Instant.now();
            Thread.sleep(60_000);
            ApiServerWrites idle = ApiServerWrites.read(admin).since(before);
            Instant idleEnd = Instant.now();

            operator.gc();
            double heapMiB = metric(scrape(port), "jvm_memory_used_bytes", "area=\"heap\"") / (1024 * 1024);
            long rssMiB = operator.rssMiB();
            if (profile != null) {
                Files.createDirectories(profile);
                Files.writeString(profile.resolve("class-histogram.txt"), operator.classHistogram());
                Files.writeString(profile.resolve("native-memory.txt"), operator.nativeMemory());
                System.out.print("cache footprint per object (JOL, as deserialised and as cached):\n" + CacheFootprint.measure(client));
                System.out.println("profile: " + profile);
            }

            System.out.printf("assistants                       %d%n", count);
            System.out.printf("operator JVM                     %s%n", System.getProperty("bench.operator.javaOpts")
                    == null ? chart.describe() : String.join(" ", jvm));
            System.out.printf("pre-review checks                %s%n", env.get("XAPP_QA_CHECKS_ENABLED").equals("true")
                    ? "on (the runtimes never answer here)" : "off (kwok runs no runtimes)");
            System.out.printf("created in                       %.1f s%n", created);
            System.out.printf("all AwaitingQA after             %.1f s (%.1f Assistants per second)%n", allAwaiting,
                    count / allAwaiting);
            System.out.printf("reconciles (assistant)           %.0f, %.1f per second%s%n", reconciles,
                    reconciles / allAwaiting, operator.restarts() == 0 ? "" : " (since the last restart)");
            System.out.printf("reconcile time (mean)            %.0f ms%n", 1000 * reconcileSeconds / reconciles);
            System.out.printf("site analyses                    %.0f, %.0f ms each (mean)%n", analyses,
                    1000 * analysisSeconds / analyses);
            System.out.printf("operator restarts                %d%n", operator.restarts());
            System.out.printf("burst: write requests            %.0f, %.1f per Assistant (not counting Leases)%n",
                    burst.excludingLeases(), burst.excludingLeases() / count);
            System.out.printf("burst: writes by resource        %s%n", burst);
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("burst: CPU by process (%d cores, %.0f s of them in the burst)%n%s", cores,
                    cores * allAwaiting, burstCpu);
            System.out.printf("operator peak RSS during burst   %d MiB%n", peakRss);
            System.out.printf("operator heap used after GC      %.0f MiB%n", heapMiB);
            System.out.printf("operator RSS after               %d MiB%n", rssMiB);
            System.out.printf("idle 60 s: write requests        %.0f (not counting Lease renewals)%n",
                    idle.excludingLeases());
            System.out.printf("idle 60 s: writes by resource    %s%n", idle);
            if (auditLog != null) {
                // The bench's own writes are the Assistants and the namespace, under the same user as the operator.
                Thread.sleep(2_000); // the API server writes its audit log in batches
                AuditedWrites audited = AuditedWrites.read(auditLog);
                System.out.print("burst: writes by writer (audit log; the operator is " + KubeCluster.ADMIN_USER
                        + ")\n" + audited.describe(burstStart, burstEnd, "  "));
                System.out.print("idle 60 s: writes by writer (audit log)\n"
                        + audited.describe(idleStart, idleEnd, "  "));
            }
        } finally {
            admin.namespaces().withName(namespace).delete();
        }
        System.exit(0); // the clients' threads would keep the JVM, and so the script, waiting
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

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
