package io.xapp.runtime.usage;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.xapp.runtime.bridge.BridgeClient;
import io.xapp.runtime.bridge.UsageEvent;
import io.xapp.runtime.config.XappProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Records each visitor query (session, anonymous user, channel, query, whether the site had an answer) and sends
 * them to the bridge in batches from a background thread. Recording only appends to a bounded buffer, so
 * answering never waits on the bridge.
 */
@ApplicationScoped
public class UsageRecorder {

    static final int BATCH = 200;
    /** The operator's pre-review checks ask sample questions in such sessions: not visitors, not usage. */
    static final String QA_CHECK_SESSION_PREFIX = "xapp-qa-check-";
    private static final int MAX_QUERY_CHARS = 500;
    private static final Logger LOG = Logger.getLogger(UsageRecorder.class);

    private final BridgeClient bridge;
    private final XappProperties props;
    private final UsageBuffer buffer;
    private final AtomicBoolean sending = new AtomicBoolean();
    private ScheduledExecutorService scheduler;

    UsageRecorder(BridgeClient bridge, XappProperties props) {
        this.bridge = bridge;
        this.props = props;
        this.buffer = new UsageBuffer(props.usageBufferSize());
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xapp-usage");
            t.setDaemon(true);
            return t;
        });
        long every = props.usageFlushInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }

    public void recordChat(String sessionId, String userId, String query, boolean noContent) {
        record("widget", sessionId, userId, query, noContent);
    }

    public void recordSearch(String sessionId, String userId, String query, boolean noContent) {
        record("search", sessionId, userId, query, noContent);
    }

    public long dropped() {
        return buffer.dropped();
    }

    public int pending() {
        return buffer.size();
    }

    private void record(String channel, String sessionId, String userId, String query, boolean noContent) {
        if (sessionId != null && sessionId.startsWith(QA_CHECK_SESSION_PREFIX)) {
            return;
        }
        String session = sessionId == null || sessionId.isBlank() ? "anonymous" : sessionId;
        String user = userId == null || userId.isBlank() ? anonymousUser(session) : userId;
        String q = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
        buffer.add(new UsageEvent(UUID.randomUUID().toString(), session, user, channel, q, noContent,
                Instant.now().toString()));
    }

    /** Without a user id from the browser, the session stands in for the user (never an IP address). */
    private static String anonymousUser(String session) {
        return "s-" + UUID.nameUUIDFromBytes(session.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends one batch; a failed batch goes back into the buffer for the next round. */
    void flush() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        List<UsageEvent> batch = buffer.take(BATCH);
        if (batch.isEmpty()) {
            sending.set(false);
            return;
        }
        bridge.sendUsage(batch).whenComplete((accepted, error) -> {
            if (error != null) {
                buffer.putBack(batch);
                LOG.debugf("usage not delivered, %d events kept for later: %s", buffer.size(), error.getMessage());
            }
            sending.set(false);
            if (error == null && buffer.size() >= BATCH) {
                scheduler.execute(this::flush);
            }
        });
    }
}
