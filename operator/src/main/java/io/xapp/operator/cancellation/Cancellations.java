package io.xapp.operator.cancellation;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.time.Durations;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CancellationSpec;
import io.xapp.api.v1alpha1.CancellationStatus;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code spec.cancellation}: in the future the Assistant keeps running in phase Cancelling until the date; due, it
 * is torn down, shown as Cancelled for the partner environment's {@code cancellation.retainFor} (so the bridge and
 * people see the outcome), then deleted.
 */
public final class Cancellations {

    public static final String SCHEDULED = "Scheduled";
    public static final String TEARING_DOWN = "TearingDown";
    public static final String TORN_DOWN = "TornDown";
    public static final String INVALID_DATE = "InvalidEffectiveDate";

    private static final Logger LOG = Logger.getLogger(Cancellations.class);
    private static final Duration MIN_REQUEUE = Duration.ofSeconds(1);

    private final Duration teardownPoll;

    public Cancellations(Duration teardownPoll) {
        this.teardownPoll = teardownPoll;
    }

    /** When the cancellation takes effect; empty without one (or with a date that does not parse, shown in status). */
    public Optional<Instant> effectiveDate(Assistant assistant, StatusDraft draft) {
        CancellationSpec spec = assistant.getSpec().getCancellation();
        if (spec == null || spec.getEffectiveDate() == null) {
            draft.conditions().remove(ConditionType.Cancelled);
            draft.next().setCancellation(null);
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(spec.getEffectiveDate()).toInstant());
        } catch (DateTimeParseException e) {
            draft.conditions().setFalse(ConditionType.Cancelled, INVALID_DATE, "spec.cancellation.effectiveDate '"
                    + spec.getEffectiveDate() + "' is not an ISO-8601 date-time with a zone, e.g. "
                    + "2026-12-31T00:00:00Z; the cancellation is ignored until it is fixed");
            return Optional.empty();
        }
    }

    /** A cancellation still ahead: phase Cancelling, and a reconcile when it is due. */
    public void scheduled(Instant effective, Instant now, StatusDraft draft) {
        String message = "Cancellation takes effect at " + effective + "; the assistant keeps running until then";
        draft.next().setCancellation(cancellation(effective, null));
        draft.conditions().setFalse(ConditionType.Cancelled, SCHEDULED, message);
        draft.phase(Phase.Cancelling, message);
        draft.requeueAfter(Duration.between(now, effective));
    }

    /**
     * A cancellation that is due: deletes what is left, reports progress, and once nothing is left marks the
     * Assistant Cancelled; after the retention time it deletes the Assistant.
     */
    public void due(Assistant assistant, Instant effective, Instant now, PartnerEnvironment env,
            KubernetesClient client, StatusDraft draft) {
        CancellationStatus before = draft.previous().getCancellation();
        if (draft.previous().getPhase() == Phase.Cancelled && before != null && before.getCompletedAt() != null) {
            Instant deleteAt = Instant.parse(before.getCompletedAt()).plus(retainFor(env));
            if (!now.isBefore(deleteAt)) {
                LOG.infof("deleting Assistant %s/%s: cancelled at %s and retained for %s",
                        assistant.getMetadata().getNamespace(), assistant.getMetadata().getName(),
                        before.getCompletedAt(), env.cancellation().retainFor());
                client.resource(assistant).delete();
                return;
            }
        }
        List<String> remaining = Teardown.run(client, assistant);
        draft.next().setInstall(null);
        draft.next().setRuntime(null);
        if (!remaining.isEmpty()) {
            String message = "Cancellation took effect at " + effective + "; deleting everything made for customer "
                    + assistant.getSpec().getCustomerId() + ", waiting for " + remaining.size() + ": "
                    + String.join(", ", remaining);
            draft.next().setCancellation(cancellation(effective, null));
            draft.conditions().setFalse(ConditionType.Cancelled, TEARING_DOWN, message);
            draft.phase(Phase.Cancelling, message);
            draft.requeueAfter(teardownPoll);
            return;
        }
        String completedAt = before != null && before.getCompletedAt() != null ? before.getCompletedAt()
                : now.truncatedTo(ChronoUnit.SECONDS).toString();
        Duration retain = retainFor(env);
        String message = "Everything made for customer " + assistant.getSpec().getCustomerId() + " was deleted at "
                + completedAt + "; this record is deleted after " + env.cancellation().retainFor();
        draft.next().setCancellation(cancellation(effective, completedAt));
        draft.conditions().setTrue(ConditionType.Cancelled, TORN_DOWN, message);
        draft.phase(Phase.Cancelled, message);
        Duration untilDelete = Duration.between(now, Instant.parse(completedAt).plus(retain));
        draft.requeueAfter(untilDelete.compareTo(MIN_REQUEUE) < 0 ? MIN_REQUEUE : untilDelete);
    }

    private static Duration retainFor(PartnerEnvironment env) {
        return Durations.parse(env.cancellation().retainFor());
    }

    private static CancellationStatus cancellation(Instant effective, String completedAt) {
        CancellationStatus status = new CancellationStatus();
        status.setEffectiveDate(effective.toString());
        status.setCompletedAt(completedAt);
        return status;
    }
}
