package io.xapp.bridge.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.bridge.app.Bridge;
import io.xapp.testing.support.Crds;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.SqsQueues;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A started bridge reading partner events from a fresh SQS queue (moto) into a namespace of the local cluster, as
 * a test needs it; {@code more} adds to its configuration (a partner bus, say).
 */
public final class QueuedBridge implements AutoCloseable {

    private final SqsClient sqs;
    private final String queue;
    private final String dlq;
    private final Bridge bridge;

    public QueuedBridge(KubernetesClient client, String namespace, String name, UnaryOperator<TestConfig> more) {
        Moto moto = Moto.get();
        Crds.apply(client, TestConfig.FIELD_MANAGER);
        this.sqs = moto.sqs();
        this.queue = SqsQueues.create(sqs, name + "-events");
        this.dlq = SqsQueues.create(sqs, name + "-events-dlq");
        this.bridge = new Bridge(more.apply(TestConfig.create(name).namespace(namespace).queues(moto.url(), queue, dlq))
                .build(), client, new AssistantTokens(TestConfig.TOKEN_KEY.getBytes(StandardCharsets.UTF_8)),
                Clock.systemUTC());
        bridge.start();
    }

    public SqsClient sqs() { return sqs; }
    public String queue() { return queue; }
    public String dlq() { return dlq; }
    public Bridge bridge() { return bridge; }

    /** Sends a message body to the events queue, as the partner's EventBridge rule does. */
    public void send(String body) {
        sqs.sendMessage(r -> r.queueUrl(queue).messageBody(body));
    }

    @Override
    public void close() {
        bridge.close();
    }
}
