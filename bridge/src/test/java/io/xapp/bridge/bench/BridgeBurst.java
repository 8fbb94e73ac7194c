package io.xapp.bridge.bench;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.support.Crds;
import io.xapp.testing.support.JarProcess;
import io.xapp.testing.support.Moto;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What the bridge benchmarks share: a namespace of their own, the packaged bridge as a process with the chart's JVM
 * settings ({@link JarProcess}; killed as a node failure would: SIGKILL, no shutdown hook), the Assistants it writes
 * as an informer sees them (one watch, not thousands of lists), and the figures at the end: time, events per second,
 * duplicates, losses, events applied once, RSS.
 */
final class BridgeBurst implements AutoCloseable {

    /** The chart's bridge container: JAVA_TOOL_OPTIONS and its limits (512Mi, 1 CPU) as the JVM would see them. */
    private static final String CHART_JVM = "-XX:MaxRAMPercentage=70 -XX:MaxRAM=536870912 -XX:ActiveProcessorCount=1";
    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final KubernetesClient client;
    private final String namespace;
    private final SharedIndexInformer<Assistant> assistants;
    private final Path jar = Path.of(System.getProperty("bench.bridge.jar",
            "bridge/target/quarkus-app/quarkus-run.jar"));
    private final List<String> jvm = List.of(System.getProperty("bench.bridge.javaOpts", CHART_JVM).trim()
            .split(" +"));
    private final int port = Integer.getInteger("bench.bridge.port", 18097);
    private TestConfig config;
    private Map<String, String> env;
    private Path log;
    private JarProcess bridge;
    private long start;
    private double ready;
    private long peakRss;
    /** CPU time of the bridge processes killed before the current one. */
    private double earlierCpuSeconds;

    BridgeBurst() {
        KubeCluster cluster = KubeCluster.get();
        this.client = cluster.client();
        Crds.apply(client, TestConfig.FIELD_MANAGER);
        this.namespace = "bench-bridge-" + Long.toString(System.nanoTime(), 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
        this.assistants = client.resources(Assistant.class).inNamespace(namespace).inform();
    }

    String namespace() {
        return namespace;
    }

    /** Starts the bridge with this configuration (its namespace set here) and waits until it is ready. */
    void start(TestConfig test) throws IOException, InterruptedException {
        this.config = test.namespace(namespace);
        Path partnerFile = Files.writeString(test.dir().resolve("partner.yaml"), test.yaml());
        this.env = Map.of("XAPP_PARTNER_CONFIG", partnerFile.toString(),
                "KUBECONFIG", KubeCluster.get().kubeconfig().toString(),
                AssistantTokens.KEY_ENV, TestConfig.TOKEN_KEY,
                "QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_HTTP_PORT", Integer.toString(port),
                "AWS_ACCESS_KEY_ID", Moto.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", Moto.SECRET_KEY,
                "AWS_REGION", Moto.REGION);
        this.log = test.dir().resolve("bridge.log");
        System.out.printf("bridge JVM %s; log: %s%n", String.join(" ", jvm), log);
        start = System.nanoTime();
        startBridge();
        ready = seconds();
    }

    private void startBridge() throws IOException, InterruptedException {
        bridge = JarProcess.start(jar, jvm, env, log);
        bridge.awaitReady(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Duration.ofMinutes(3));
    }

    int port() {
        return port;
    }

    int assistants() {
        return assistants.getStore().list().size();
    }

    /** Kills the bridge (SIGKILL) once {@code count} Assistants exist, and starts it again; what happened. */
    String killAndRestartAt(int count) throws IOException, InterruptedException {
        awaitUntil(() -> assistants() >= count);
        earlierCpuSeconds += bridge.cpuTime().toMillis() / 1000.0;
        bridge.kill();
        String killed = String.format("killed (SIGKILL) at %.1f s with %d Assistants written; restarted", seconds(),
                assistants());
        System.out.println(killed);
        startBridge();
        return killed;
    }

    /** Waits until {@code done} holds, reporting progress every 10 s. */
    void awaitUntil(BooleanSupplier done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        long nextReport = 0;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done after " + LIMIT + ": " + assistants() + " Assistants");
            }
            long rss = bridge.rssMiB();
            peakRss = Math.max(peakRss, rss);
            if (System.nanoTime() > nextReport) {
                System.err.printf("%.0f s: %d Assistants, bridge RSS %d MiB%n", seconds(), assistants(), rss);
                nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(200);
        }
    }

    /** Stops the bridge and prints the figures of a burst of {@code events} events, one per customer. */
    void report(int events, String note) throws IOException, InterruptedException {
        double seconds = seconds();
        long rss = bridge.rssMiB();
        peakRss = Math.max(peakRss, rss);
        double cpu = earlierCpuSeconds + bridge.cpuTime().toMillis() / 1000.0;
        bridge.close(); // the database is a file of that process: closed before it is read here
        Map<String, Integer> perCustomer = new HashMap<>();
        List<Assistant> all = assistants.getStore().list();
        all.forEach(a -> perCustomer.merge(a.getMetadata().getLabels().get(XappMetadata.CUSTOMER_ID_LABEL), 1,
                Integer::sum));
        long duplicates = perCustomer.values().stream().filter(n -> n > 1).count();
        long applied;
        try (Database db = Database.open(config.build().store(), null)) {
            applied = count(db, "SELECT COUNT(*) FROM processed_event WHERE outcome = 'APPLIED'");
        }
        System.out.printf("events:            %d%n", events);
        System.out.printf("time:              %.1f s (bridge ready after %.1f s)%s%n", seconds, ready, note);
        System.out.printf("events per second: %.1f (%.1f from ready)%n", events / seconds, events / (seconds - ready));
        System.out.printf("assistants:        %d%n", all.size());
        System.out.printf("duplicates:        %d (customers with more than one Assistant)%n", duplicates);
        System.out.printf("losses:            %d (events without an Assistant)%n", events - perCustomer.size());
        System.out.printf("applied once:      %d (processed_event rows APPLIED)%n", applied);
        System.out.printf("bridge RSS:        %d MiB at the end, %d MiB peak (sampled)%n", rss, peakRss);
        System.out.printf("bridge CPU:        %.1f s (%.1f ms per event, start-up included)%n", cpu,
                cpu * 1000 / events);
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long count(Database db, String sql) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        if (bridge != null) {
            bridge.close();
        }
        assistants.close();
        client.namespaces().withName(namespace).delete();
    }
}
