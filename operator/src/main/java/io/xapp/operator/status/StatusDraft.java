package io.xapp.operator.status;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantStatus;
import io.xapp.api.v1alpha1.Condition;
import io.xapp.api.v1alpha1.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The status one reconcile computes, started from the status it read. Carries what the steps decided (phase,
 * conditions, when to look again) so the reconciler writes once at the end, and only when something changed.
 *
 * <p>{@code notifications} is the bridge's (server-side apply, its own field manager): never copied, never
 * written here.
 */
public final class StatusDraft {

    private final AssistantStatus previous;
    private final AssistantStatus next = new AssistantStatus();
    private final Conditions conditions;
    private Duration requeue;

    private StatusDraft(AssistantStatus previous, Long generation, Instant now) {
        this.previous = previous == null ? new AssistantStatus() : previous;
        copyOwnedFields(this.previous, next);
        next.setObservedGeneration(generation);
        this.conditions = Conditions.from(this.previous.getConditions(), generation, now);
    }

    public static StatusDraft of(Assistant assistant, Instant now) {
        return new StatusDraft(assistant.getStatus(), assistant.getMetadata().getGeneration(), now);
    }

    /** The status read at the start of the reconcile (never null). */
    public AssistantStatus previous() {
        return previous;
    }

    /** The status being built; nested values are replaced, never mutated, since they may be shared with the cache. */
    public AssistantStatus next() {
        return next;
    }

    public Conditions conditions() {
        return conditions;
    }

    /** Sets the phase and the Ready condition that summarises it (reason: the phase, or Published when Ready). */
    public void phase(Phase phase, String message) {
        phase(phase, phase == Phase.Ready ? "Published" : phase.name(), message);
    }

    /** Sets the phase and the Ready condition, with a reason that says more than the phase (Pending: Conflict). */
    public void phase(Phase phase, String reason, String message) {
        next.setPhase(phase);
        conditions.set(ConditionType.Ready, phase == Phase.Ready ? Condition.TRUE : Condition.FALSE, reason, message);
    }

    public Phase phase() {
        return next.getPhase();
    }

    /** Asks for another reconcile within {@code delay}; the earliest request wins. */
    public void requeueAfter(Duration delay) {
        Duration d = delay.isNegative() ? Duration.ZERO : delay;
        if (requeue == null || d.compareTo(requeue) < 0) {
            requeue = d;
        }
    }

    public Optional<Duration> requeue() {
        return Optional.ofNullable(requeue);
    }

    public AssistantStatus build() {
        next.setConditions(conditions.toList());
        return next;
    }

    /** Whether writing {@link #build()} would change anything the operator owns. */
    public boolean changed() {
        AssistantStatus built = build();
        AssistantStatus before = new AssistantStatus();
        copyOwnedFields(previous, before);
        return !built.equals(before);
    }

    private static void copyOwnedFields(AssistantStatus from, AssistantStatus to) {
        to.setPhase(from.getPhase());
        to.setObservedGeneration(from.getObservedGeneration());
        to.setConditions(from.getConditions());
        to.setBrand(from.getBrand());
        to.setRuntime(from.getRuntime());
        to.setQa(from.getQa());
        to.setInstall(from.getInstall());
        to.setCancellation(from.getCancellation());
    }
}
