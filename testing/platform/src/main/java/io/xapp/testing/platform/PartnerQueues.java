package io.xapp.testing.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.testing.support.SqsQueues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The partner's rule played in one account: an event goes straight into our events queue in the EventBridge
 * envelope their rule would deliver, and ReadyForInstallation is read from the inbox a rule on their bus fills.
 * The rules and the bus policies themselves are not exercised ({@link TwoAccountWiring} does that).
 *
 * @param sqs            a client that sees both queues
 * @param eventsQueueUrl the bridge's {@code events.queueUrl}
 * @param inboxUrl       the partner's inbox
 */
public record PartnerQueues(SqsClient sqs, String eventsQueueUrl, String inboxUrl) implements PartnerAws {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void emit(String detailType, String detail) {
        ObjectNode envelope = JSON.createObjectNode().put("version", "0").put("id", UUID.randomUUID().toString())
                .put("detail-type", detailType).put("source", "partner.crm").put("account", "123456789012")
                .put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).put("region", "us-east-1");
        envelope.putArray("resources");
        try {
            envelope.set("detail", JSON.readTree(detail));
        } catch (IOException e) {
            throw new UncheckedIOException("the detail of a " + detailType + " is not JSON: " + detail, e);
        }
        sqs.sendMessage(r -> r.queueUrl(eventsQueueUrl).messageBody(envelope.toString()));
    }

    @Override
    public List<Message> drainInbox(int waitSeconds) {
        return SqsQueues.drain(sqs, inboxUrl, waitSeconds);
    }
}
