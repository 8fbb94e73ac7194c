package io.xapp.bridge.bench;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.testing.Events;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.support.Crds;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.SqsQueues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * N CreateSubscription events (default 1,000) queued in SQS (moto) at once, then the packaged bridge started as a
 * process with the chart's JVM settings: the time until the queue is empty and every Assistant exists, events per
 * second, duplicates, losses, dead letters, the bridge's RSS. With {@code -Dbench.kill=1} the bridge is killed
 * (SIGKILL) at a random moment of the burst (when 20 to 80 % of the Assistants exist) and started again on the same
 * database: the figures then include the restart and the visibility timeout of the messages it held.
 *
 * <p>Arguments: events, pollers (events.consumers); {@code -Dbench.concurrency} (events.concurrency, default 16),
 * {@code -Dbench.bridge.jar}, {@code -Dbench.bridge.javaOpts} (default: the chart's, see {@link #CHART_JVM}).
 */
public final class SqsToAssistantsBenchmark {

    /** The chart's bridge container: JAVA_TOOL_OPTIONS and its limits (512Mi, 1 CPU) as the JVM would see them. */
    private static final String CHART_JVM = "-XX:MaxRAMPercentage=70 -XX:MaxRAM=536870912 -XX:ActiveProcessorCount=1";
    private static final Duration LIMIT = Duration.ofMinutes(30);

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int consumers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        boolean kill = "1".equals(System.getProperty("bench.kill"));
        Path jar = Path.of(System.getProperty("bench.bridge.jar", "bridge/target/quarkus-app/quarkus-run.jar"));
        List<String> jvm = List.of(System.getProperty("bench.bridge.javaOpts", CHART_JVM).trim().split(" +"));

        KubeCluster cluster = KubeCluster.get();
        KubernetesClient client = cluster.client();
        Crds.apply(client, TestConfig.FIELD_MANAGER);
        String ns = "bench-bridge-" + Long.toString(System.nanoTime(), 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
                .create();
        Moto moto = Moto.get();
        SqsClient sqs = moto.sqs();
        String queue = SqsQueues.create(sqs, "bench-events");
        String dlq = SqsQueues.create(sqs, "bench-dlq");
        try (SharedIndexInformer<Assistant> assistants = client.resources(Assistant.class).inNamespace(ns).inform()) {
            queue(sqs, queue, events);
            // After a kill the messages the bridge held come back after their visibility timeout: keep it short.
            TestConfig test = TestConfig.create("bench-sqs").namespace(ns).queues(moto.url(), queue, dlq)
                    .consumers(consumers).concurrency(concurrency).visibilityTimeoutSeconds(kill ? 30 : 120);
            Path partnerFile = Files.writeString(test.dir().resolve("partner.yaml"), test.yaml());
            Map<String, String> env = Map.of("XAPP_PARTNER_CONFIG", partnerFile.toString(),
                    "KUBECONFIG", cluster.kubeconfig().toString(),
                    AssistantTokens.KEY_ENV, TestConfig.TOKEN_KEY,
                    "QUARKUS_HTTP_HOST", "127.0.0.1",
                    "AWS_ACCESS_KEY_ID", Moto.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", Moto.SECRET_KEY,
                    "AWS_REGION", Moto.REGION);
            Path log = test.dir().resolve("bridge.log");
            int port = Integer.getInteger("bench.bridge.port", 18097);
            System.out.printf("queued %d CreateSubscription events; starting the bridge (%d pollers, %d workers, "
                    + "JVM %s)%s; log: %s%n", events, consumers, concurrency, String.join(" ", jvm),
                    kill ? ", to be killed mid-burst" : "", log);

            long start = System.nanoTime();
            BridgeProcess bridge = BridgeProcess.start(jar, jvm, env, port, log);
            bridge.awaitReady(Duration.ofMinutes(3), log);
            double ready = seconds(start);
            String killedAt = "";
            if (kill) {
                int at = (int) (events * ThreadLocalRandom.current().nextDouble(0.2, 0.8));
                awaitAssistants(assistants, at);
                bridge.kill();
                killedAt = String.format("killed (SIGKILL) at %.1f s with %d Assistants written; restarted",
                        seconds(start), assistants.getStore().list().size());
                System.out.println(killedAt);
                bridge = BridgeProcess.start(jar, jvm, env, port, log);
                bridge.awaitReady(Duration.ofMinutes(3), log);
            }
            long peakRss = 0;
            long deadline = System.nanoTime() + LIMIT.toNanos();
            long nextReport = 0;
            while (System.nanoTime() < deadline && !(assistants.getStore().list().size() >= events
                    && SqsQueues.depth(sqs, queue) == 0)) {
                peakRss = Math.max(peakRss, bridge.rssMiB());
                if (System.nanoTime() > nextReport) {
                    System.err.printf("%.0f s: %d Assistants, bridge RSS %d MiB%n", seconds(start),
                            assistants.getStore().list().size(), bridge.rssMiB());
                    nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                }
                Thread.sleep(200);
            }
            double seconds = seconds(start);
            long rss = bridge.rssMiB();
            bridge.close(); // the database is a file of that process: closed before it is read here

            Map<String, Integer> perCustomer = new HashMap<>();
            List<Assistant> all = assistants.getStore().list();
            all.forEach(a -> perCustomer.merge(a.getMetadata().getLabels().get(XappMetadata.CUSTOMER_ID_LABEL), 1,
                    Integer::sum));
            long duplicates = perCustomer.values().stream().filter(n -> n > 1).count();
            BridgeConfig config = test.build();
            long applied;
            try (Database db = Database.open(config.store(), null)) {
                applied = count(db, "SELECT COUNT(*) FROM processed_event WHERE outcome = 'APPLIED'");
            }
            System.out.printf("events:            %d%n", events);
            System.out.printf("time:              %.1f s (bridge ready after %.1f s)%s%n", seconds, ready,
                    kill ? ", including the kill and restart" : "");
            System.out.printf("events per second: %.1f (%.1f from ready)%n", events / seconds,
                    events / (seconds - ready));
            System.out.printf("assistants:        %d%n", all.size());
            System.out.printf("duplicates:        %d (customers with more than one Assistant)%n", duplicates);
            System.out.printf("losses:            %d (events without an Assistant)%n", events - perCustomer.size());
            System.out.printf("applied once:      %d (processed_event rows APPLIED)%n", applied);
            System.out.printf("dead-lettered:     %d%n", SqsQueues.depth(sqs, dlq));
            System.out.printf("bridge RSS:        %d MiB at the end, %d MiB peak (sampled)%n", rss, peakRss);
            if (kill) {
                System.out.println("restart:           " + killedAt);
            }
        } finally {
            client.namespaces().withName(ns).delete();
        }
        System.exit(0);
    }

    private static void queue(SqsClient sqs, String queue, int events) {
        List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            batch.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i % 10))
                    .messageBody(Events.create("bench-customer-" + i, i % 2 == 0 ? "growth" : "starter", 12))
                    .build());
            if (batch.size() == 10 || i == events - 1) {
                List<SendMessageBatchRequestEntry> entries = List.copyOf(batch);
                sqs.sendMessageBatch(r -> r.queueUrl(queue).entries(entries));
                batch.clear();
            }
        }
    }

    private static void awaitAssistants(SharedIndexInformer<Assistant> assistants, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (assistants.getStore().list().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("fewer than " + count + " Assistants after " + LIMIT);
            }
            Thread.sleep(100);
        }
    }

    private static long count(Database db, String sql) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
