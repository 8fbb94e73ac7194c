package io.xapp.bridge.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Deletes handled messages ten to a call (the SQS maximum): a full batch at once, the rest within
 * {@value #FLUSH_MS} ms. A message handled but not yet deleted when the process dies is received again and then
 * recognised as a duplicate, which changes nothing.
 */
final class DeleteBatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeleteBatcher.class);
    private static final int BATCH = 10;
    private static final long FLUSH_MS = 200;

    private final SqsClient sqs;
    private final String queueUrl;
    private final ConcurrentLinkedQueue<Message> handled = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sqs-deleter");
        t.setDaemon(true);
        return t;
    });

    DeleteBatcher(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        timer.scheduleWithFixedDelay(this::flush, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    void add(Message m) {
        handled.add(m);
        if (handled.size() >= BATCH) {
            timer.execute(this::flush);
        }
    }

    /** Deletes everything handled so far; runs on the timer thread only. */
    private void flush() {
        try {
            while (!handled.isEmpty()) { // only this thread takes from it, so a batch is never empty
                List<Message> batch = new ArrayList<>(BATCH);
                for (Message m; batch.size() < BATCH && (m = handled.poll()) != null; ) {
                    batch.add(m);
                }
                delete(batch);
            }
        } catch (RuntimeException e) {
            // Those messages come back after their visibility timeout and are then seen as duplicates.
            LOG.warnf("deleting handled messages from %s failed: %s", queueUrl, e.getMessage());
        }
    }

    private void delete(List<Message> batch) {
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(batch.get(i).receiptHandle()).build());
        }
        DeleteMessageBatchResponse response = sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
        // An undeleted message is redelivered and then recognised as a duplicate: harmless, but worth a line.
        response.failed().forEach(f -> LOG.warnf("could not delete a handled message (%s: %s); it will be seen "
                + "again as a duplicate", f.code(), f.message()));
    }

    /** Deletes what is left, then stops. */
    @Override
    public void close() {
        timer.execute(this::flush);
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
