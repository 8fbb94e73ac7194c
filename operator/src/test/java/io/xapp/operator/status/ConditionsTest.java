package io.xapp.operator.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.Condition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123Z");
    private static final Instant T1 = Instant.parse("2026-01-01T11:00:00Z");

    @Test
    void transitionTimeMovesOnlyWhenTheStatusChanges() {
        Conditions first = Conditions.from(List.of(), 1L, T0);
        first.setFalse(ConditionType.SiteAnalyzed, "SiteUnreachable", "cannot connect");
        List<Condition> before = first.toList();
        assertThat(before.get(0).getLastTransitionTime()).isEqualTo("2026-01-01T10:00:00Z");

        Conditions sameStatus = Conditions.from(before, 2L, T1);
        sameStatus.setFalse(ConditionType.SiteAnalyzed, "HttpError", "HTTP 503");
        Condition kept = sameStatus.get(ConditionType.SiteAnalyzed).orElseThrow();
        assertThat(kept.getLastTransitionTime()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(kept.getReason()).isEqualTo("HttpError");
        assertThat(kept.getObservedGeneration()).isEqualTo(2L);

        Conditions flipped = Conditions.from(before, 2L, T1);
        flipped.setTrue(ConditionType.SiteAnalyzed, "Analyzed", "ok");
        assertThat(flipped.get(ConditionType.SiteAnalyzed).orElseThrow().getLastTransitionTime())
                .isEqualTo("2026-01-01T11:00:00Z");
    }

    @Test
    void listsInTypeOrderSoAnUnchangedSetIsEqual() {
        Conditions c = Conditions.from(List.of(), 1L, T0);
        c.setFalse(ConditionType.QAApproved, "AwaitingReview", "m");
        c.setTrue(ConditionType.TemplateResolved, "Resolved", "m");
        c.setFalse(ConditionType.Ready, "AwaitingQA", "m");
        assertThat(c.toList()).extracting(Condition::getType).containsExactly("Ready", "TemplateResolved",
                "QAApproved");

        Conditions again = Conditions.from(c.toList(), 1L, T1);
        again.setFalse(ConditionType.Ready, "AwaitingQA", "m");
        assertThat(again.toList()).isEqualTo(c.toList());
    }

    @Test
    void dropsConditionTypesItDoesNotKnow() {
        Condition foreign = new Condition("Progressing", "True", "X", "m", "2026-01-01T00:00:00Z", 1L);
        assertThat(Conditions.from(List.of(foreign), 1L, T0).toList()).isEmpty();
    }
}
