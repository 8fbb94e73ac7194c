package io.xapp.bridge.intake;

import io.xapp.bridge.config.EventsSettings;
import io.xapp.bridge.events.EventSource;
import io.xapp.bridge.events.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * Long-polls the partner's event queue with a fixed number of pollers. A message is deleted only once its event
 * was applied (or recognised as a duplicate or stale); a malformed one is copied to the dead-letter queue with the
 * reason, then deleted; a transient failure leaves it for redelivery after a backoff.
 */
public final class SqsConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SqsConsumer.class);
    static final String ERROR_ATTRIBUTE = "xapp-error";
    static final String SOURCE_ID_ATTRIBUTE = "xapp-source-message-id";

    private final SqsClient sqs;
    private final EventsSettings settings;
    private final EventIntake intake;
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService pollers;

    public SqsConsumer(SqsClient sqs, EventsSettings settings, EventIntake intake) {
        this.sqs = sqs;
        this.settings = settings;
        this.intake = intake;
    }

    public synchronized void start() {
        if (running.getAndSet(true)) {
            return;
        }
        pollers = Executors.newFixedThreadPool(settings.consumers(), r -> {
            Thread t = new Thread(r, "sqs-consumer");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < settings.consumers(); i++) {
            pollers.submit(this::pollLoop);
        }
        LOG.infof("consuming partner events from %s with %d pollers", settings.queueUrl(), settings.consumers());
    }

    private void pollLoop() {
        int failures = 0;
        while (running.get()) {
            try {
                pollOnce();
                failures = 0;
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                failures++;
                long pauseMs = Math.min(30_000L, 500L << Math.min(failures, 6));
                LOG.warnf("receiving from %s failed (%s); retrying in %d ms", settings.queueUrl(), e.getMessage(),
                        pauseMs);
                sleep(pauseMs);
            }
        }
    }

    /** One receive and the handling of its batch (up to 10 messages). */
    void pollOnce() {
        ReceiveMessageResponse batch = sqs.receiveMessage(r -> r.queueUrl(settings.queueUrl())
                .maxNumberOfMessages(10)
                .waitTimeSeconds(settings.waitTimeSeconds())
                .visibilityTimeout(settings.visibilityTimeoutSeconds())
                .messageSystemAttributeNames(MessageSystemAttributeName.SENT_TIMESTAMP,
                        MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
        List<Message> done = new ArrayList<>();
        for (Message m : batch.messages()) {
            if (!running.get()) {
                return; // stopping: what is not deleted comes back after the visibility timeout
            }
            if (handle(m)) {
                done.add(m);
            }
        }
        delete(done);
    }

    /** True when the message may be deleted. */
    private boolean handle(Message m) {
        EventSource source = new EventSource(m.messageId(), sentAt(m));
        try {
            intake.accept(m.body().getBytes(StandardCharsets.UTF_8), source);
            return true;
        } catch (InvalidEventException e) {
            LOG.warnf("message %s is malformed, moving it to the dead-letter queue: %s", m.messageId(),
                    e.getMessage());
            return deadLetter(m, e.getMessage());
        } catch (RuntimeException e) {
            int receives = Integer.parseInt(m.attributes().getOrDefault(
                    MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
            int delay = (int) Math.min(900, 5L << Math.min(receives, 8));
            LOG.warnf(e, "message %s could not be applied (attempt %d); it comes back in %d s", m.messageId(),
                    receives, delay);
            retryLater(m, delay);
            return false;
        }
    }

    private boolean deadLetter(Message m, String reason) {
        try {
            sqs.sendMessage(r -> r.queueUrl(settings.dlqUrl()).messageBody(m.body()).messageAttributes(Map.of(
                    ERROR_ATTRIBUTE, stringAttribute(reason.length() > 1000 ? reason.substring(0, 1000) : reason),
                    SOURCE_ID_ATTRIBUTE, stringAttribute(m.messageId()))));
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot move message %s to the dead-letter queue %s; it stays in the queue",
                    m.messageId(), settings.dlqUrl());
            return false;
        }
    }

    private void retryLater(Message m, int seconds) {
        try {
            sqs.changeMessageVisibility(r -> r.queueUrl(settings.queueUrl()).receiptHandle(m.receiptHandle())
                    .visibilityTimeout(seconds));
        } catch (RuntimeException e) {
            LOG.debugf("cannot shorten the visibility of %s: %s", m.messageId(), e.getMessage());
        }
    }

    private void delete(List<Message> done) {
        if (done.isEmpty()) {
            return;
        }
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(done.get(i).receiptHandle()).build());
        }
        DeleteMessageBatchResponse response = sqs.deleteMessageBatch(r -> r.queueUrl(settings.queueUrl())
                .entries(entries));
        // An undeleted message is redelivered and then recognised as a duplicate: harmless, but worth a line.
        response.failed().forEach(f -> LOG.warnf("could not delete a handled message (%s: %s); it will be seen "
                + "again as a duplicate", f.code(), f.message()));
    }

    private static Instant sentAt(Message m) {
        String sent = m.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
        return sent == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(sent));
    }

    private static MessageAttributeValue stringAttribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops polling; a receive in progress ends with its long poll. Undeleted messages are redelivered. */
    @Override
    public synchronized void close() {
        if (!running.getAndSet(false)) {
            return;
        }
        pollers.shutdownNow();
        try {
            pollers.awaitTermination(settings.waitTimeSeconds() + 5L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
