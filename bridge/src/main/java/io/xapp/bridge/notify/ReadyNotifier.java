package io.xapp.bridge.notify;

import io.xapp.api.hash.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantStatus;
import io.xapp.api.v1alpha1.InstallStatus;
import io.xapp.api.v1alpha1.NotificationsStatus;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.bridge.kube.AssistantRef;
import io.xapp.bridge.kube.CustomerAssistants;
import io.xapp.bridge.store.Backoff;
import io.xapp.bridge.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Tells the partner once per approved revision that an Assistant is ready to install. {@link #observe} turns a Ready
 * Assistant the partner has not been told of into a durable intent; {@link #dispatch} sends due intents with
 * PutEvents and then records them in the Assistant's status. The idempotency key in the detail
 * ({@code sha256(namespace/name/revision)}) lets the partner drop the one duplicate a crash between PutEvents and
 * the database write can cause. Only the Assistant that holds its customer ({@link CustomerAssistants}) is announced.
 */
public final class ReadyNotifier {

    private static final Logger LOG = Logger.getLogger(ReadyNotifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 10;

    private final NotificationStore store;
    private final EventBusPublisher publisher;
    private final NotificationStatusWriter statusWriter;
    private final CustomerAssistants customers;
    private final Backoff backoff;
    private final Clock clock;

    public ReadyNotifier(Database db, EventBusPublisher publisher, NotificationStatusWriter statusWriter,
                         CustomerAssistants customers, Backoff backoff, Clock clock) {
        this.store = new NotificationStore(db);
        this.publisher = publisher;
        this.statusWriter = statusWriter;
        this.customers = customers;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Called for every Assistant the watcher sees; cheap when there is nothing to do. */
    public void observe(Assistant a) {
        AssistantStatus status = a.getStatus();
        if (status == null || status.getPhase() != Phase.Ready || status.getInstall() == null
                || status.getInstall().getRevision() == null || a.getSpec() == null) {
            return;
        }
        String revision = status.getInstall().getRevision();
        NotificationsStatus n = status.getNotifications();
        if (n != null && n.getReadyForInstallation() != null
                && Objects.equals(revision, n.getReadyForInstallation().getRevision())) {
            return;
        }
        String ns = a.getMetadata().getNamespace();
        String name = a.getMetadata().getName();
        String customer = a.getSpec().getCustomerId();
        if (!customers.holder(customer).map(AssistantRef.of(a)::equals).orElse(false)) {
            LOG.warnf("Assistant %s/%s is Ready but does not hold customer %s: no ReadyForInstallation", ns, name,
                    customer);
            return;
        }
        String key = idempotencyKey(ns, name, revision);
        if (store.recordIntent(key, ns, name, revision, detail(customer, status.getInstall(), key),
                clock.millis())) {
            LOG.infof("Assistant %s/%s is ready at revision %s: ReadyForInstallation queued (key %s)", ns, name,
                    revision, key);
        }
    }

    /** One round: send what is due, record what was sent. Returns how many rows it moved on. */
    public int dispatch() {
        int moved = 0;
        List<PendingNotification> due = store.due(NotificationStore.PENDING, clock.millis(), BATCH);
        if (!due.isEmpty()) {
            moved += send(due);
        }
        for (PendingNotification sent : store.due(NotificationStore.SENT, clock.millis(), 50)) {
            try {
                statusWriter.record(sent);
                store.markRecorded(sent.idempotencyKey());
                moved++;
            } catch (RuntimeException e) {
                LOG.warnf("ReadyForInstallation %s was sent but could not be recorded on %s/%s yet: %s",
                        sent.idempotencyKey(), sent.namespace(), sent.name(), e.getMessage());
                store.retryLater(sent.idempotencyKey(), sent.attempts() + 1,
                        clock.millis() + backoff.after(sent.attempts() + 1).toMillis(), e.getMessage());
            }
        }
        return moved;
    }

    private int send(List<PendingNotification> due) {
        List<EventBusPublisher.Outcome> outcomes;
        try {
            outcomes = publisher.publish(due.stream().map(PendingNotification::detailJson).toList());
        } catch (RuntimeException e) {
            LOG.warnf("PutEvents failed for %d ReadyForInstallation events: %s", due.size(), e.getMessage());
            outcomes = due.stream().map(d -> EventBusPublisher.Outcome.failed("call failed: " + e.getMessage()))
                    .toList();
        }
        int sent = 0;
        for (int i = 0; i < due.size(); i++) {
            PendingNotification p = due.get(i);
            EventBusPublisher.Outcome o = outcomes.get(i);
            if (o.eventId() != null) {
                store.markSent(p.idempotencyKey(), o.eventId(), clock.millis());
                LOG.infof("ReadyForInstallation for %s/%s revision %s sent as event %s", p.namespace(), p.name(),
                        p.revision(), o.eventId());
                sent++;
            } else {
                int attempts = p.attempts() + 1;
                long next = clock.millis() + backoff.after(attempts).toMillis();
                LOG.warnf("ReadyForInstallation for %s/%s not accepted (attempt %d): %s; retrying later",
                        p.namespace(), p.name(), attempts, o.error());
                store.retryLater(p.idempotencyKey(), attempts, next, o.error());
            }
        }
        return sent;
    }

    static String idempotencyKey(String namespace, String name, String revision) {
        return Sha256.hex(namespace + "/" + name + "/" + revision);
    }

    /** The partner-facing detail: the seed's fields plus the idempotency key and revision. */
    static String detail(String customerId, InstallStatus install, String key) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", customerId);
        d.put("widget_snippet", Objects.toString(install.getWidgetSnippet(), ""));
        d.put("widget_key", Objects.toString(install.getWidgetKey(), ""));
        d.put("search_snippet", Objects.toString(install.getSearchSnippet(), ""));
        d.put("search_key", Objects.toString(install.getSearchKey(), ""));
        d.put("idempotency_key", key);
        d.put("revision", install.getRevision());
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
