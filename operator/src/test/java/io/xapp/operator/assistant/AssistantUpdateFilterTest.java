package io.xapp.operator.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AssistantUpdateFilterTest {

    private final AssistantUpdateFilter filter = new AssistantUpdateFilter();

    @Test
    void passesSpecChangesQaVerdictsDeletionAndFinalizers() {
        assertThat(accepts(a -> a.getMetadata().setGeneration(2L))).isTrue();
        assertThat(accepts(a -> a.getMetadata().getAnnotations().put(XappMetadata.QA_ANNOTATION, "approved")))
                .isTrue();
        assertThat(accepts(a -> a.getMetadata().getAnnotations().put(XappMetadata.QA_NOTE_ANNOTATION, "other")))
                .isTrue();
        assertThat(accepts(a -> a.getMetadata().getAnnotations().remove(XappMetadata.QA_REVISION_ANNOTATION)))
                .isTrue();
        assertThat(accepts(a -> a.getMetadata().setDeletionTimestamp("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(accepts(a -> a.getMetadata().setFinalizers(List.of("assistants.xapp.io/finalizer")))).isTrue();
    }

    @Test
    void dropsStatusWritesAndUnrelatedMetadata() {
        assertThat(accepts(a -> a.getStatus().setPhase(Phase.Ready))).isFalse();
        assertThat(accepts(a -> a.getMetadata().setResourceVersion("999"))).isFalse();
        assertThat(accepts(a -> a.getMetadata().getAnnotations().put("example.com/ticket", "42"))).isFalse();
        assertThat(accepts(a -> a.getMetadata().getLabels().put("team", "blue"))).isFalse();
    }

    private boolean accepts(Consumer<Assistant> change) {
        Assistant old = assistant();
        Assistant updated = assistant();
        change.accept(updated);
        return filter.accept(updated, old);
    }

    private static Assistant assistant() {
        Assistant a = new Assistant();
        a.getMetadata().setName("ast-a");
        a.getMetadata().setGeneration(1L);
        a.getMetadata().setResourceVersion("100");
        a.getMetadata().setLabels(new HashMap<>());
        a.getMetadata().setAnnotations(new HashMap<>(Map.of(XappMetadata.QA_NOTE_ANNOTATION, "note",
                XappMetadata.QA_REVISION_ANNOTATION, "r1")));
        return a;
    }
}
