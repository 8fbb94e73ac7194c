package io.xapp.bridge.subscription;

import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.bridge.events.Cancellation;
import io.xapp.bridge.events.CreateSubscription;
import io.xapp.bridge.events.InboundEvent;
import io.xapp.bridge.store.Database;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Applies partner events to Assistants so that duplicates change nothing, an older event never overwrites a newer
 * one, and a cancellation outlives a late create.
 *
 * <p>Per customer, under a database row lock: read what is known, fold the event in, write the Assistant, then
 * record the event as processed. The Assistant write comes before the commit, so a crash in between replays the
 * event (an idempotent re-apply) instead of losing it.
 */
public final class SubscriptionService {

    private static final Logger LOG = Logger.getLogger(SubscriptionService.class);

    private final Database db;
    private final AssistantWriter writer;
    private final Clock clock;
    private final CustomerStateStore store = new CustomerStateStore();

    public SubscriptionService(Database db, AssistantWriter writer, Clock clock) {
        this.db = db;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @throws AssistantRejectedException when the API server refuses the Assistant (the event is malformed)
     * @throws RuntimeException for transient failures (database, API server unreachable): retry later
     */
    public SubscriptionOutcome apply(InboundEvent in) {
        String customerId = in.event().customerId();
        store.ensureRow(db, customerId);
        SubscriptionOutcome outcome = db.inTransaction(c -> {
            CustomerState before = store.lock(c, customerId);
            if (store.isProcessed(c, in.eventId())) {
                return SubscriptionOutcome.DUPLICATE;
            }
            SubscriptionOutcome result;
            CustomerState after = fold(before, in);
            if (after == null) {
                result = SubscriptionOutcome.STALE;
            } else {
                result = write(after, in) ? SubscriptionOutcome.APPLIED : SubscriptionOutcome.REMEMBERED;
                store.save(c, after);
            }
            store.markProcessed(c, in.eventId(), customerId, in.event().type(), in.eventTime(), result);
            return result;
        });
        LOG.infof("%s %s for customer %s (event %s at %s)", in.event().type(), outcome, customerId, in.eventId(),
                in.eventTime());
        return outcome;
    }

    /** The state with the event folded in, or null when a newer event of the same kind is already there. */
    private static CustomerState fold(CustomerState s, InboundEvent in) {
        if (in.event() instanceof CreateSubscription create) {
            if (s.subscriptionTime() != null && s.subscriptionTime().isAfter(in.eventTime())) {
                return null;
            }
            return s.withSubscription(create, in.eventTime(), in.eventId());
        }
        Cancellation cancel = (Cancellation) in.event();
        if (s.cancellationTime() != null && s.cancellationTime().isAfter(in.eventTime())) {
            return null;
        }
        return s.withCancellation(cancel.effectiveDate(), in.eventTime(), in.eventId());
    }

    /** Makes the Assistant match the state; false when there is nothing to write (only remembered). */
    private boolean write(CustomerState s, InboundEvent in) {
        String lastEvent = in.eventId() + "@" + in.eventTime();
        CancellationSpec cancellation = s.cancellationApplies()
                ? new CancellationSpec(s.cancellationEffective().toString()) : null;
        if (s.subscription() == null) {
            // A cancellation before any create we know of: cancel an Assistant made some other way, else remember.
            return cancellation != null && writer.applyCancellationOnly(s.customerId(), cancellation, lastEvent);
        }
        if (cancellation != null && !s.cancellationEffective().isAfter(Instant.now(clock))
                && !writer.exists(s.customerId())) {
            // Cancelled and due, and nothing to tear down: a late create must not bring the customer back.
            return false;
        }
        writer.apply(spec(s.subscription(), cancellation), lastEvent);
        return true;
    }

    static AssistantSpec spec(CreateSubscription sub, CancellationSpec cancellation) {
        AssistantSpec spec = new AssistantSpec();
        spec.setCustomerId(sub.customerId());
        spec.setCompanyName(sub.companyName());
        spec.setWebsite(sub.website());
        spec.setTier(sub.tier());
        spec.setContractLengthMonths(sub.contractLengthMonths());
        spec.setTemplate(sub.template());
        spec.setCancellation(cancellation);
        return spec;
    }
}
