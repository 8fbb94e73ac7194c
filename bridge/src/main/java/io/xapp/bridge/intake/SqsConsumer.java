package io.xapp.bridge.intake;

import io.xapp.bridge.config.EventsSettings;
import io.xapp.bridge.events.EventSource;
import io.xapp.bridge.events.InboundEvent;
import io.xapp.bridge.events.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * Long-polls the partner's event queue with {@code events.consumers} pollers and applies the events on
 * {@code events.concurrency} workers, one customer at a time per customer ({@link CustomerLanes}): a burst of
 * thousands of customers is applied in parallel, while a customer's events are applied one after another in the
 * order they were received. A poller receives only as many messages as there is room for
 * ({@link EventsSettings#maxInFlight()}), so none waits so long that its visibility timeout runs out.
 *
 * <p>A message is deleted only once its event was applied (or recognised as a duplicate or stale), in batches
 * ({@link DeleteBatcher}); a malformed one is copied to the dead-letter queue with the reason, then deleted; a
 * transient failure leaves it for redelivery after a backoff. A crash anywhere leaves undeleted messages in the
 * queue, to be applied again, which changes nothing the second time.
 */
public final class SqsConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SqsConsumer.class);
    static final String ERROR_ATTRIBUTE = "xapp-error";
    static final String SOURCE_ID_ATTRIBUTE = "xapp-source-message-id";
    private static final int MAX_RECEIVE = 10; // what SQS returns at most per receive

    private final SqsClient sqs;
    private final EventsSettings settings;
    private final EventIntake intake;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Semaphore room;
    private ExecutorService pollers;
    private CustomerLanes lanes;
    private DeleteBatcher deletions;

    public SqsConsumer(SqsClient sqs, EventsSettings settings, EventIntake intake) {
        this.sqs = sqs;
        this.settings = settings;
        this.intake = intake;
        this.room = new Semaphore(settings.maxInFlight());
    }

    public synchronized void start() {
        if (running.getAndSet(true)) {
            return;
        }
        lanes = new CustomerLanes(settings.concurrency());
        deletions = new DeleteBatcher(sqs, settings.queueUrl());
        pollers = Executors.newFixedThreadPool(settings.consumers(), r -> {
            Thread t = new Thread(r, "sqs-consumer");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < settings.consumers(); i++) {
            pollers.submit(this::pollLoop);
        }
        LOG.infof("consuming partner events from %s with %d pollers and %d workers", settings.queueUrl(),
                settings.consumers(), settings.concurrency());
    }

    private void pollLoop() {
        int failures = 0;
        while (running.get()) {
            try {
                pollOnce();
                failures = 0;
            } catch (InterruptedException e) {
                return;
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

    /** One receive of as many messages as there is room for (1 to 10), handed to the customers' lanes. */
    void pollOnce() throws InterruptedException {
        room.acquire();
        int permits = 1;
        while (permits < MAX_RECEIVE && room.tryAcquire()) {
            permits++;
        }
        int wanted = permits;
        ReceiveMessageResponse batch;
        try {
            batch = sqs.receiveMessage(r -> r.queueUrl(settings.queueUrl())
                    .maxNumberOfMessages(wanted)
                    .waitTimeSeconds(settings.waitTimeSeconds())
                    .visibilityTimeout(settings.visibilityTimeoutSeconds())
                    .messageSystemAttributeNames(MessageSystemAttributeName.SENT_TIMESTAMP,
                            MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
        } catch (RuntimeException e) {
            room.release(permits);
            throw e;
        }
        room.release(permits - batch.messages().size());
        for (Message m : batch.messages()) {
            dispatch(m);
        }
    }

    /** Parses the message and queues it behind the customer's earlier events; a malformed one goes to the DLQ. */
    private void dispatch(Message m) {
        InboundEvent event;
        try {
            event = intake.parse(m.body().getBytes(StandardCharsets.UTF_8), new EventSource(m.messageId(), sentAt(m)));
        } catch (InvalidEventException e) {
            try {
                rejected(m, e);
            } finally {
                room.release();
            }
            return;
        }
        try {
            lanes.submit(event.event().customerId(), () -> {
                try {
                    apply(m, event);
                } finally {
                    room.release();
                }
            });
        } catch (RejectedExecutionException e) {
            room.release(); // stopping: the message comes back after its visibility timeout
        }
    }

    private void apply(Message m, InboundEvent event) {
        if (!running.get()) {
            return; // stopping: what is not deleted comes back after the visibility timeout
        }
        try {
            intake.apply(event);
            deletions.add(m);
        } catch (InvalidEventException e) {
            rejected(m, e);
        } catch (RuntimeException e) {
            int receives = Integer.parseInt(m.attributes().getOrDefault(
                    MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
            int delay = (int) Math.min(900, 5L << Math.min(receives, 8));
            LOG.warnf(e, "message %s could not be applied (attempt %d); it comes back in %d s", m.messageId(),
                    receives, delay);
            retryLater(m, delay);
        }
    }

    /** Copies a malformed message to the dead-letter queue with the reason, then deletes it. */
    private void rejected(Message m, InvalidEventException e) {
        String reason = e.getMessage();
        LOG.warnf("message %s is malformed, moving it to the dead-letter queue: %s", m.messageId(), reason);
        try {
            sqs.sendMessage(r -> r.queueUrl(settings.dlqUrl()).messageBody(m.body()).messageAttributes(Map.of(
                    ERROR_ATTRIBUTE, stringAttribute(reason.length() > 1000 ? reason.substring(0, 1000) : reason),
                    SOURCE_ID_ATTRIBUTE, stringAttribute(m.messageId()))));
        } catch (RuntimeException failed) {
            LOG.errorf(failed, "cannot move message %s to the dead-letter queue %s; it stays in the queue",
                    m.messageId(), settings.dlqUrl());
            return;
        }
        deletions.add(m);
    }

    private void retryLater(Message m, int seconds) {
        try {
            sqs.changeMessageVisibility(r -> r.queueUrl(settings.queueUrl()).receiptHandle(m.receiptHandle())
                    .visibilityTimeout(seconds));
        } catch (RuntimeException e) {
            LOG.debugf("cannot shorten the visibility of %s: %s", m.messageId(), e.getMessage());
        }
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

    /**
     * Stops polling (a receive in progress is abandoned), lets the events being applied finish, drops the queued
     * ones and deletes what was applied. Undeleted messages are redelivered.
     */
    @Override
    public synchronized void close() {
        if (!running.getAndSet(false)) {
            return;
        }
        pollers.shutdownNow();
        lanes.close();
        deletions.close();
        try {
            pollers.awaitTermination(settings.waitTimeSeconds() + 5L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
