package io.xapp.operator.status;

import io.xapp.api.v1alpha1.Condition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conditions by the Kubernetes convention: one per type, {@code lastTransitionTime} moves only when the status
 * changes (a new reason or message alone does not move it), every condition carries the generation it was
 * computed from.
 */
public final class Conditions {

    private final Map<ConditionType, Condition> byType = new EnumMap<>(ConditionType.class);
    private final Long generation;
    private final String now;

    private Conditions(Long generation, Instant now) {
        this.generation = generation;
        this.now = now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Starts from the conditions already in status; unknown types are dropped. */
    public static Conditions from(List<Condition> existing, Long generation, Instant now) {
        Conditions conditions = new Conditions(generation, now);
        if (existing != null) {
            for (Condition c : existing) {
                typeOf(c).ifPresent(type -> conditions.byType.put(type, c));
            }
        }
        return conditions;
    }

    public void set(ConditionType type, String status, String reason, String message) {
        Condition previous = byType.get(type);
        String transition = previous != null && status.equals(previous.getStatus())
                && previous.getLastTransitionTime() != null ? previous.getLastTransitionTime() : now;
        byType.put(type, new Condition(type.name(), status, reason, message, transition, generation));
    }

    public void setTrue(ConditionType type, String reason, String message) {
        set(type, Condition.TRUE, reason, message);
    }

    public void setFalse(ConditionType type, String reason, String message) {
        set(type, Condition.FALSE, reason, message);
    }

    public void setUnknown(ConditionType type, String reason, String message) {
        set(type, Condition.UNKNOWN, reason, message);
    }

    public void remove(ConditionType type) {
        byType.remove(type);
    }

    public Optional<Condition> get(ConditionType type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** In {@link ConditionType} order, so an unchanged set compares equal. */
    public List<Condition> toList() {
        List<Condition> list = new ArrayList<>(byType.values());
        list.sort(Comparator.comparing(c -> ConditionType.valueOf(c.getType())));
        return list;
    }

    private static Optional<ConditionType> typeOf(Condition c) {
        for (ConditionType type : ConditionType.values()) {
            if (type.name().equals(c.getType())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
