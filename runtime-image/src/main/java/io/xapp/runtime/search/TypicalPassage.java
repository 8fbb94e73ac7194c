package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageFields;
import io.xapp.runtime.semantic.Vectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.VectorUtil;

/**
 * The direction of a site's average passage: what any question about the trade resembles. A vet's every page is
 * close in meaning to "do you do chemo for dogs"; a passage that answers stands out from that average, not just
 * above a fixed cosine. Computed once per index (one pass over its vectors) and kept until the index closes.
 */
public final class TypicalPassage {

    private static final Map<IndexReader.CacheKey, Optional<float[]>> BY_INDEX = new ConcurrentHashMap<>();

    private TypicalPassage() {
    }

    /** The cosine of {@code question} with the site's average passage, or NaN when its passages have no vectors. */
    public static double similarity(float[] question, IndexSearcher searcher) {
        return of(searcher.getIndexReader()).map(v -> (double) VectorUtil.dotProduct(question, v))
                .orElse(Double.NaN);
    }

    static Optional<float[]> of(IndexReader reader) {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        if (cache == null) {
            return average(reader);
        }
        return BY_INDEX.computeIfAbsent(cache.getKey(), key -> {
            cache.addClosedListener(BY_INDEX::remove);
            return average(reader);
        });
    }

    private static Optional<float[]> average(IndexReader reader) {
        float[] sum = null;
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues vectors = leaf.reader().getFloatVectorValues(PassageFields.VECTOR);
                if (vectors == null) {
                    continue;
                }
                for (int doc = vectors.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = vectors.nextDoc()) {
                    float[] v = vectors.vectorValue();
                    if (sum == null) {
                        sum = new float[v.length];
                    }
                    Vectors.addTo(sum, v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the passage vectors failed", e);
        }
        return Optional.ofNullable(sum).map(Vectors::normalise);
    }
}
