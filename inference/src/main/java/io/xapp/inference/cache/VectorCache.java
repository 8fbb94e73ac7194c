package io.xapp.inference.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.xapp.inference.model.TextKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The vectors of texts embedded lately, so that a text many runtimes send is embedded once. Every runtime embeds
 * its site's words when it indexes (docs/answer-quality.md, "a word the site never uses"), and small-business sites share
 * most of theirs: of the 117 fixture and probe sites' words, 84% were another site's already. Those one-word texts
 * were half of the service's CPU for a small site's index. A cached vector is the one the model gives the text now
 * (each text is its own model call, docs/inference.md "Determinism"), so the cache changes no answer.
 *
 * <p>Bounded by an estimate of its bytes on the heap; Caffeine's admission by frequency keeps the words many sites
 * share over a site's own passage lines, which another site seldom sends again.
 */
public final class VectorCache {

    /** The cache's name in its metrics: {@code cache_gets_total{cache="vectors",result="hit"}} and the like. */
    public static final String NAME = "vectors";
    /** A cache entry's bytes besides its text and vector: key, node and array headers (a measured estimate). */
    private static final int ENTRY_OVERHEAD_BYTES = 160;

    /** A text as one kind: a question's and a passage's vector of the same text differ for some models. */
    private record Key(TextKind kind, String text) {
    }

    /** Null when the cache is off: every text goes to the model. */
    private final Cache<Key, float[]> vectors;

    private VectorCache(Cache<Key, float[]> vectors) {
        this.vectors = vectors;
    }

    /**
     * @param maxBytes what the entries may weigh at most on the heap; 0 for no cache
     */
    public static VectorCache of(long maxBytes, MeterRegistry registry) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("xapp.inference.vector-cache-bytes must be 0 (no cache) or more, got "
                    + maxBytes);
        }
        if (maxBytes == 0) {
            return new VectorCache(null);
        }
        Cache<Key, float[]> cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, float[]>weigher((key, vector) -> weight(key.text(), vector))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, cache, NAME);
        return new VectorCache(cache);
    }

    static int weight(String text, float[] vector) {
        return ENTRY_OVERHEAD_BYTES + 2 * text.length() + Float.BYTES * vector.length;
    }

    /**
     * One vector per text, in order: the cached ones at once, the rest (each distinct text once) from
     * {@code embed}, which is given the kind and the texts to embed and completes with their vectors in order.
     */
    public CompletableFuture<float[][]> embed(TextKind kind, List<String> texts,
            BiFunction<TextKind, List<String>, CompletableFuture<float[][]>> embed) {
        if (vectors == null) {
            return embed.apply(kind, texts);
        }
        float[][] out = new float[texts.size()][];
        // Each text not cached, with where it goes in the answer.
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            String text = texts.get(i);
            out[i] = vectors.getIfPresent(new Key(kind, text));
            if (out[i] == null) {
                missing.computeIfAbsent(text, t -> new ArrayList<>()).add(i);
            }
        }
        if (missing.isEmpty()) {
            return CompletableFuture.completedFuture(out);
        }
        List<String> toEmbed = List.copyOf(missing.keySet());
        return embed.apply(kind, toEmbed).thenApply(embedded -> {
            for (int j = 0; j < toEmbed.size(); j++) {
                String text = toEmbed.get(j);
                vectors.put(new Key(kind, text), embedded[j]);
                for (int i : missing.get(text)) {
                    out[i] = embedded[j];
                }
            }
            return out;
        });
    }
}
