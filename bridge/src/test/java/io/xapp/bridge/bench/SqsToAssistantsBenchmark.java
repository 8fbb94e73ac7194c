package io.xapp.bridge.bench;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.bridge.app.Bridge;
import io.xapp.testing.support.Crds;
import io.xapp.bridge.testing.Events;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.SqsQueues;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.testing.kube.KubeCluster;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * N CreateSubscription events (default 1,000) through SQS (moto) to N Assistants on the local control plane: time,
 * events per second, duplicates and losses. The queue is filled first; the clock runs from the bridge's start until
 * the queue is empty and every Assistant exists.
 */
public final class SqsToAssistantsBenchmark {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int consumers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
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
        try {
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
            System.out.printf("queued %d CreateSubscription events; starting the bridge with %d pollers%n", events,
                    consumers);
            TestConfig config = TestConfig.create("bench-sqs").namespace(ns).queues(moto.url(), queue, dlq)
                    .consumers(consumers).visibilityTimeoutSeconds(120);
            try (Bridge bridge = new Bridge(config.build(), client,
                    new AssistantTokens(TestConfig.TOKEN_KEY.getBytes(StandardCharsets.UTF_8)), Clock.systemUTC())) {
                long start = System.nanoTime();
                bridge.start();
                long deadline = start + Duration.ofMinutes(20).toNanos();
                int assistants = 0;
                while (System.nanoTime() < deadline) {
                    if (SqsQueues.depth(sqs, queue) == 0) {
                        assistants = client.resources(Assistant.class).inNamespace(ns).list().getItems().size();
                        if (assistants >= events) {
                            break;
                        }
                    }
                    Thread.sleep(200);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                List<Assistant> all = client.resources(Assistant.class).inNamespace(ns).list().getItems();
                Map<String, Integer> perCustomer = new HashMap<>();
                all.forEach(a -> perCustomer.merge(a.getMetadata().getLabels().get(XappMetadata.CUSTOMER_ID_LABEL), 1,
                        Integer::sum));
                long duplicates = perCustomer.values().stream().filter(n -> n > 1).count();
                long applied = count(bridge, "SELECT COUNT(*) FROM processed_event WHERE outcome = 'APPLIED'");
                System.out.printf("events:            %d%n", events);
                System.out.printf("time:              %.1f s%n", seconds);
                System.out.printf("events per second: %.1f%n", events / seconds);
                System.out.printf("assistants:        %d%n", all.size());
                System.out.printf("duplicates:        %d (customers with more than one Assistant)%n", duplicates);
                System.out.printf("losses:            %d (events without an Assistant)%n", events - perCustomer.size());
                System.out.printf("applied once:      %d (processed_event rows APPLIED)%n", applied);
                System.out.printf("dead-lettered:     %d%n", SqsQueues.depth(sqs, dlq));
            }
        } finally {
            client.namespaces().withName(ns).delete();
        }
        System.exit(0);
    }

    private static long count(Bridge bridge, String sql) {
        return bridge.database().withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
