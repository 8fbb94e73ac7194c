package io.xapp.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeDependentTest {

    private static RuntimeModel model(String name, Map<String, String> labels) {
        return new RuntimeModel(name, "ns", labels, "{}", null, null, null, null, null);
    }

    private static Map<String, String> labels(String... keysAndValues) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            labels.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return labels;
    }

    @Test
    void theSameRenderingHashesTheSameWhateverTheOrderOfItsMaps() {
        RuntimeService service = new RuntimeService();
        String hash = RuntimeDependent.appliedHash(service.rendered(model("ast-a", labels("a", "1", "b", "2"))));
        assertThat(hash).hasSize(16);
        assertThat(RuntimeDependent.appliedHash(service.rendered(model("ast-a", labels("b", "2", "a", "1")))))
                .isEqualTo(hash);
        assertThat(RuntimeDependent.appliedHash(service.rendered(model("ast-b", labels("a", "1", "b", "2")))))
                .isNotEqualTo(hash);
    }

    @Test
    void aResourceMatchesWhenItCarriesTheHashOfTheDesiredRendering() {
        RuntimeService dependent = new RuntimeService();
        Service desired = dependent.rendered(model("ast-a", labels("a", "1")));
        // As the cache holds it: whatever else it says, only the hash counts.
        Service actual = new ServiceBuilder().withNewMetadata().withName("ast-a")
                .withAnnotations(desired.getMetadata().getAnnotations()).endMetadata().build();
        assertThat(dependent.match(actual, desired, null, null).matched()).isTrue();
        actual.getMetadata().setAnnotations(Map.of(RuntimeDependent.APPLIED_HASH_ANNOTATION, "edited"));
        assertThat(dependent.match(actual, desired, null, null).matched()).isFalse();
        actual.getMetadata().setAnnotations(null);
        assertThat(dependent.match(actual, desired, null, null).matched()).isFalse();
    }
}
