package io.xapp.bridge.notify;

import io.xapp.api.hash.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantStatus;
import io.xapp.api.v1alpha1.InstallStatus;
import io.xapp.api.v1alpha1.NotificationsStatus;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.bridge.kube.AssistantRef;
import io.xapp.bridge.kube.CustomerAssistants;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.outbox.Backoff;
import io.xapp.bridge.outbox.DeliveryResult;
import io.xapp.bridge.outbox.OutboxDispatcher;
import io.xapp.bridge.outbox.OutboxEntry;
import io.xapp.bridge.outbox.OutboxSender;
import io.xapp.bridge.outbox.OutboxStore;
import io.xapp.bridge.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Tells the partner once per approved revision that an Assistant is ready to install. {@link #observe} turns a Ready
 * Assistant the partner has not been told of into a durable intent (an outbox entry of kind
 * READY_FOR_INSTALLATION); {@link #dispatch} sends due intents with PutEvents and then records them in the
 * Assistant's status (a READY_STATUS entry, so a failed status write is retried without sending again). The
 * idempotency key in the detail ({@code sha256(namespace/name/revision)}) lets the partner drop the one duplicate a
 * crash between PutEvents and the database write can cause. Only the Assistant that holds its customer
 * ({@link CustomerAssistants}) is announced.
 */
public final class ReadyNotifier {

    private static final Logger LOG = Logger.getLogger(ReadyNotifier.class);
    static final String READY_FOR_INSTALLATION = "READY_FOR_INSTALLATION";
    static final String READY_STATUS = "READY_STATUS";

    private final OutboxStore store;
    private final OutboxDispatcher dispatcher;
    private final EventBusPublisher publisher;
    private final NotificationStatusWriter statusWriter;
    private final CustomerAssistants customers;
    private final Clock clock;

    public ReadyNotifier(Database db, EventBusPublisher publisher, NotificationStatusWriter statusWriter,
                         CustomerAssistants customers, Backoff backoff, Clock clock) {
        this.store = new OutboxStore(db);
        this.publisher = publisher;
        this.statusWriter = statusWriter;
        this.customers = customers;
        this.clock = clock;
        this.dispatcher = new OutboxDispatcher(store, List.of(new PutEventsSender(), new StatusSender()), backoff,
                clock);
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
        if (store.add(OutboxEntry.of(READY_FOR_INSTALLATION, key, ns, name,
                detail(customer, status.getInstall(), key)), clock.millis())) {
            LOG.infof("Assistant %s/%s is ready at revision %s: ReadyForInstallation queued (key %s)", ns, name,
                    revision, key);
        }
    }

    /** One round: send what is due, record what was sent. Returns how many entries it moved on. */
    public int dispatch() {
        return dispatcher.dispatch();
    }

    /** What the status write needs of a sent ReadyForInstallation (the payload of its READY_STATUS entry). */
    record Sent(String revision, String eventId, long sentAt) {
    }

    /** PutEvents, ten details to a call; the status write follows as its own entry, so it never sends again. */
    private final class PutEventsSender implements OutboxSender {

        @Override
        public String kind() {
            return READY_FOR_INSTALLATION;
        }

        @Override
        public int batchSize() {
            return 10;
        }

        @Override
        public DeliveryResult send(OutboxEntry entry) {
            return send(List.of(entry)).get(0);
        }

        @Override
        public List<DeliveryResult> send(List<OutboxEntry> due) {
            List<EventBusPublisher.Outcome> outcomes;
            try {
                outcomes = publisher.publish(due.stream().map(OutboxEntry::payloadJson).toList());
            } catch (RuntimeException e) {
                return due.stream().map(d -> DeliveryResult.retryLater("PutEvents to the partner's bus failed: "
                        + e.getMessage())).toList();
            }
            List<DeliveryResult> results = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                OutboxEntry entry = due.get(i);
                EventBusPublisher.Outcome o = outcomes.get(i);
                if (o.eventId() == null) {
                    results.add(DeliveryResult.retryLater("PutEvents did not accept it: " + o.error()));
                    continue;
                }
                ObjectNode detail = Json.readObject(entry.payloadJson());
                Sent sent = new Sent(detail == null ? null : detail.path("revision").asText(null), o.eventId(),
                        clock.millis());
                results.add(new DeliveryResult.Delivered(o.eventId(), OutboxEntry.of(READY_STATUS, entry.id(),
                        entry.namespace(), entry.name(), Json.write(sent))));
            }
            return results;
        }
    }

    /** Records a sent ReadyForInstallation in its Assistant's status. */
    private final class StatusSender implements OutboxSender {

        @Override
        public String kind() {
            return READY_STATUS;
        }

        @Override
        public DeliveryResult send(OutboxEntry entry) {
            try {
                Sent sent = Json.MAPPER.readValue(entry.payloadJson(), Sent.class);
                statusWriter.record(entry.namespace(), entry.name(), entry.id(), sent);
                return DeliveryResult.delivered("recorded at revision " + sent.revision());
            } catch (JsonProcessingException e) {
                return DeliveryResult.giveUp("the stored record is not valid JSON (" + e.getOriginalMessage()
                        + "); the event was sent, only its record in the status is missing");
            } catch (RuntimeException e) {
                return DeliveryResult.retryLater("sent, but not recorded in the Assistant's status yet: "
                        + e.getMessage());
            }
        }
    }

    static String idempotencyKey(String namespace, String name, String revision) {
        return Sha256.hex(namespace + "/" + name + "/" + revision);
    }

    /** The partner-facing detail: the seed's fields plus the idempotency key and revision. */
    static String detail(String customerId, InstallStatus install, String key) {
        ObjectNode d = Json.object();
        d.put("id", customerId);
        d.put("widget_snippet", Objects.toString(install.getWidgetSnippet(), ""));
        d.put("widget_key", Objects.toString(install.getWidgetKey(), ""));
        d.put("search_snippet", Objects.toString(install.getSearchSnippet(), ""));
        d.put("search_key", Objects.toString(install.getSearchKey(), ""));
        d.put("idempotency_key", key);
        d.put("revision", install.getRevision());
        return Json.write(d);
    }
}
