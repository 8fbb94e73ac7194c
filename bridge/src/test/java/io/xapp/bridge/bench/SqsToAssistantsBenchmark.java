package io.xapp.bridge.bench;

import io.xapp.bridge.testing.Events;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.SqsQueues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * N CreateSubscription events (default 1,000), one per customer, queued in SQS (moto, or ElasticMQ) at once, then
 * the packaged bridge started ({@link BridgeBurst}): the time until the queue is empty and every Assistant exists,
 * events per second, duplicates, losses, dead letters, the bridge's RSS and CPU time. The queue has a redrive policy
 * to the dead-letter queue after {@value #MAX_RECEIVE_COUNT} receives, as
 * {@code integrations/aws/xapp-environment.yaml} makes it, so the dead letters count both the bridge's refusals and
 * the messages the server gave up on. With {@code -Dbench.kill=1} the bridge is killed (SIGKILL) at a random moment
 * of the burst (when 20 to 80 % of the Assistants exist) and started again on the same database: the figures then
 * include the restart and the visibility timeout of the messages it held.
 *
 * <p>Arguments: events, pollers (events.consumers); {@code -Dbench.concurrency} (events.concurrency, default 16);
 * {@code -Dbench.writesPerSecond} (kubernetes.writesPerSecond, default the bridge's 50);
 * {@code -Dbench.sqs.url} another SQS-compatible server on loopback instead of moto (ElasticMQ, started by
 * {@code BENCH_SQS_SERVER=elasticmq bench/bridge.sh sqs}: moto's receive scans the whole queue, so a queue of
 * thousands of messages drains at a few per second whatever the bridge does).
 */
public final class SqsToAssistantsBenchmark {

    /** The default MaxReceiveCount of integrations/aws/xapp-environment.yaml. */
    static final int MAX_RECEIVE_COUNT = 10;

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int consumers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        boolean kill = "1".equals(System.getProperty("bench.kill"));
        Integer writesPerSecond = Integer.getInteger("bench.writesPerSecond");

        String otherServer = System.getProperty("bench.sqs.url", "").trim();
        String sqsUrl = otherServer.isEmpty() ? Moto.get().url() : otherServer;
        SqsClient sqs = otherServer.isEmpty() ? Moto.get().sqs() : Moto.sqs(otherServer);
        String dlq = SqsQueues.create(sqs, "bench-dlq");
        String queue = SqsQueues.create(sqs, "bench-events", SqsQueues.redrivingTo(sqs, dlq, MAX_RECEIVE_COUNT));
        try (BridgeBurst burst = new BridgeBurst()) {
            queue(sqs, queue, events);
            System.out.println("redrive policy:    " + sqs.getQueueAttributes(r -> r.queueUrl(queue)
                    .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes()
                    .get(QueueAttributeName.REDRIVE_POLICY));
            System.out.printf("queued %d CreateSubscription events in %s (%s); the bridge: %d pollers, %d workers, %s "
                    + "writes/s%s%n", events, otherServer.isEmpty() ? "moto" : "another SQS server", sqsUrl, consumers,
                    concurrency, writesPerSecond == null ? "default" : writesPerSecond,
                    kill ? ", to be killed mid-burst" : "");
            // After a kill the messages the bridge held come back after their visibility timeout: keep it short.
            burst.start(TestConfig.create("bench-sqs").queues(sqsUrl, queue, dlq).consumers(consumers)
                    .concurrency(concurrency).writesPerSecond(writesPerSecond)
                    .visibilityTimeoutSeconds(kill ? 30 : 120));
            String killed = kill
                    ? burst.killAndRestartAt((int) (events * ThreadLocalRandom.current().nextDouble(0.2, 0.8)))
                    : "";
            burst.awaitUntil(() -> burst.assistants() >= events && SqsQueues.depth(sqs, queue) == 0);
            burst.report(events, kill ? ", including the kill and restart" : "");
            System.out.printf("dead-lettered:     %d%n", SqsQueues.depth(sqs, dlq));
            if (kill) {
                System.out.println("restart:           " + killed);
            }
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
}
