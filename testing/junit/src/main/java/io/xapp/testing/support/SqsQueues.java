package io.xapp.testing.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Queues in moto: created with unique names, looked into, drained. */
public final class SqsQueues {

    private SqsQueues() {
    }

    /** A new queue named {@code <prefix>-<8 random hex>}; returns its URL. */
    public static String create(SqsClient sqs, String prefix) {
        return create(sqs, prefix, Map.of());
    }

    /** As {@link #create(SqsClient, String)}, with these queue attributes. */
    public static String create(SqsClient sqs, String prefix, Map<QueueAttributeName, String> attributes) {
        return sqs.createQueue(r -> r.queueName(prefix + "-" + UUID.randomUUID().toString().substring(0, 8))
                .attributes(attributes)).queueUrl();
    }

    /** The redrive policy that moves a message to {@code deadLetterQueueUrl} after {@code maxReceiveCount} receives. */
    public static Map<QueueAttributeName, String> redrivingTo(SqsClient sqs, String deadLetterQueueUrl,
                                                             int maxReceiveCount) {
        return Map.of(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + arn(sqs, deadLetterQueueUrl)
                + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}");
    }

    public static String arn(SqsClient sqs, String queueUrl) {
        return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** Visible plus in-flight messages. */
    public static int depth(SqsClient sqs, String queueUrl) {
        var a = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    /** Receives and deletes what is there now (waiting up to {@code waitSeconds} for the first message). */
    public static List<Message> drain(SqsClient sqs, String queueUrl, int waitSeconds) {
        List<Message> out = new ArrayList<>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(out.isEmpty() ? waitSeconds : 0).messageAttributeNames("All")).messages();
            if (batch.isEmpty()) {
                return out;
            }
            for (Message m : batch) {
                out.add(m);
                sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
        }
    }
}
