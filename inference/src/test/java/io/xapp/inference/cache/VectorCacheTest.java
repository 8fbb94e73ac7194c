package io.xapp.inference.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.xapp.inference.model.TextKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class VectorCacheTest {

    /** A stand-in model: a text's vector is its length, and every text it is asked for is recorded. */
    private final List<String> asked = new ArrayList<>();
    private final BiFunction<TextKind, List<String>, CompletableFuture<float[][]>> model = (kind, texts) -> {
        asked.addAll(texts);
        return CompletableFuture.completedFuture(texts.stream()
                .map(t -> new float[] {t.length(), kind.ordinal()}).toArray(float[][]::new));
    };

    @Test
    void eachTextIsEmbeddedOnceAndTheAnswerKeepsTheRequestsOrder() {
        VectorCache cache = VectorCache.of(1 << 20, new SimpleMeterRegistry());

        float[][] first = cache.embed(TextKind.QUERY, List.of("dog", "rabbit", "dog"), model).join();
        float[][] second = cache.embed(TextKind.QUERY, List.of("parrot", "rabbit"), model).join();

        assertThat(asked).containsExactly("dog", "rabbit", "parrot");
        assertThat(first).isDeepEqualTo(new float[][] {{3, 0}, {6, 0}, {3, 0}});
        assertThat(second).isDeepEqualTo(new float[][] {{6, 0}, {6, 0}});
    }

    @Test
    void aQuestionAndAPassageOfTheSameTextAreApart() {
        VectorCache cache = VectorCache.of(1 << 20, new SimpleMeterRegistry());

        cache.embed(TextKind.QUERY, List.of("dog"), model).join();
        float[][] passage = cache.embed(TextKind.PASSAGE, List.of("dog"), model).join();

        assertThat(asked).containsExactly("dog", "dog");
        assertThat(passage[0]).containsExactly(3, 1);
    }

    @Test
    void aFailedCallCachesNothing() {
        VectorCache cache = VectorCache.of(1 << 20, new SimpleMeterRegistry());
        CompletableFuture<float[][]> failing = CompletableFuture.failedFuture(new IllegalStateException("model down"));

        assertThatThrownBy(() -> cache.embed(TextKind.QUERY, List.of("dog"), (k, t) -> failing).join())
                .isInstanceOf(CompletionException.class).hasMessageContaining("model down");
        cache.embed(TextKind.QUERY, List.of("dog"), model).join();

        assertThat(asked).containsExactly("dog");
    }

    @Test
    void noBytesMeansNoCache() {
        VectorCache cache = VectorCache.of(0, new SimpleMeterRegistry());

        cache.embed(TextKind.QUERY, List.of("dog", "dog"), model).join();
        cache.embed(TextKind.QUERY, List.of("dog"), model).join();

        assertThat(asked).containsExactly("dog", "dog", "dog");
        assertThatThrownBy(() -> VectorCache.of(-1, new SimpleMeterRegistry()))
                .hasMessageContaining("xapp.inference.vector-cache-bytes");
    }

    @Test
    void anEntryWeighsItsTextAndVector() {
        assertThat(VectorCache.weight("dog", new float[384])).isEqualTo(160 + 6 + 1536);
    }
}
