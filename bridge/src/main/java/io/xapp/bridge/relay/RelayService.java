package io.xapp.bridge.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.bridge.config.PartnerApiSettings;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.outbox.Backoff;
import io.xapp.bridge.outbox.OutboxDispatcher;
import io.xapp.bridge.outbox.OutboxEntry;
import io.xapp.bridge.outbox.OutboxSender;
import io.xapp.bridge.outbox.OutboxStore;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.web.RequestException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Leads and booking requests from runtimes to the partner's APIs. Accepting validates the item and writes it to the
 * outbox (the runtime gets its 202 only once it is durable); {@link #dispatch} delivers due items
 * ({@link PartnerApiSender}). Slots are looked up live ({@link SlotLookup}), and the QA pre-review's dry run
 * ({@link PartnerApiDryRun}) calls the partner's APIs directly.
 */
public final class RelayService {

    private static final Logger LOG = Logger.getLogger(RelayService.class);
    private static final List<String> KINDS = Arrays.stream(RelayKind.values()).map(RelayKind::name).toList();

    private final OutboxStore outbox;
    private final OutboxDispatcher dispatcher;
    private final PartnerApiSettings settings;
    private final SlotLookup slots;
    private final PartnerApiDryRun dryRun;
    private final Clock clock;

    public RelayService(Database db, PartnerApiSettings settings, Backoff backoff, Clock clock) {
        PartnerApiClient client = new PartnerApiClient(settings.timeoutDuration());
        this.outbox = new OutboxStore(db);
        this.settings = settings;
        this.clock = clock;
        this.slots = new SlotLookup(settings, client);
        this.dryRun = new PartnerApiDryRun(settings, client, slots, clock);
        List<OutboxSender> senders = Arrays.stream(RelayKind.values())
                .<OutboxSender>map(kind -> new PartnerApiSender(kind, settings, client)).toList();
        this.dispatcher = new OutboxDispatcher(outbox, senders, backoff, clock);
    }

    /** Which partner endpoints are configured, with their test markers (for the QA pre-review checks). */
    public ObjectNode partnerApiEndpoints() {
        return dryRun.endpoints();
    }

    /**
     * Tries the named partner endpoints for one Assistant now: a slot look-up, and a lead and a booking only where
     * the partner's API contract has a test marker (docs/bridge.md, "Partner API dry run").
     *
     * @throws RequestException (400) for an unknown call
     */
    public ObjectNode dryRun(List<String> calls, String namespace, String name, String customerId, String reference) {
        return dryRun.run(calls, namespace, name, customerId, reference);
    }

    /**
     * Stores a lead or booking for delivery; false when the same id was accepted before (nothing is stored again).
     *
     * @throws RequestException (400) when the body lacks its id or contact details
     */
    public boolean accept(RelayKind kind, String namespace, String name, String customerId, ObjectNode body) {
        if (body == null) {
            throw new RequestException(400, "a JSON object body is required");
        }
        String id = Json.text(body, kind.idField());
        if (id == null || id.length() > 100) {
            throw new RequestException(400, kind.idField() + " is required (a UUID chosen by the runtime, at most "
                    + "100 characters)");
        }
        if (kind == RelayKind.LEAD && Json.text(body, "email") == null && Json.text(body, "phone") == null) {
            throw new RequestException(400, "lead " + id + " needs an email or a phone");
        }
        if (kind == RelayKind.BOOKING && (Json.text(body, "slotStart") == null || Json.text(body, "slotEnd") == null)) {
            throw new RequestException(400, "booking " + id + " needs slotStart and slotEnd");
        }
        if (kind.endpoint(settings) == null) {
            throw new RequestException(404, "this partner environment has no partnerApi." + kind.endpointName()
                    + " configured");
        }
        ObjectNode ours = body.deepCopy();
        ours.put("customerId", customerId);
        return outbox.add(OutboxEntry.of(kind.name(), id, namespace, name, Json.write(ours)), clock.millis());
    }

    /**
     * Removes the leads and bookings of an Assistant whose cancellation completed: delivered and failed ones now,
     * pending ones once delivered or given up (they keep their retry budget, so a visitor's request still reaches
     * the partner).
     */
    public void purge(String namespace, String name) {
        OutboxStore.Purge p = outbox.purge(namespace, name, KINDS);
        if (p.deleted() > 0 || p.pending() > 0) {
            LOG.infof("leads and bookings of %s/%s purged: %d deleted, %d pending ones deleted once delivered",
                    namespace, name, p.deleted(), p.pending());
        }
    }

    /** One delivery round; returns the number of items delivered. */
    public int dispatch() {
        return dispatcher.dispatch();
    }

    /**
     * Free slots from the partner's slots API, as {@code {"slots": [{"start", "end"}]}}.
     *
     * @throws RequestException 400 for a bad request, 404 when no slots API is configured, 502 when the partner fails
     */
    public ObjectNode slots(String customerId, String from, int days) {
        return slots.slots(customerId, from, days);
    }
}
