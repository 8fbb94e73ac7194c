package io.xapp.runtime.semantic;

import java.util.List;

/** Small vector arithmetic for unit-length embeddings. */
public final class Vectors {

    private Vectors() {
    }

    /**
     * {@code v} scaled to unit length, in place: the index compares vectors by dot product, which is the cosine only
     * for unit vectors, and JSON's decimal floats leave the service's normalisation slightly off.
     */
    public static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }

    /** Adds {@code v} to {@code sum}, in place. */
    public static void addTo(float[] sum, float[] v) {
        addTo(sum, v, 1);
    }

    /** Adds {@code weight} times {@code v} to {@code sum}, in place. */
    public static void addTo(float[] sum, float[] v, double weight) {
        for (int d = 0; d < sum.length; d++) {
            sum[d] += (float) (weight * v[d]);
        }
    }

    /**
     * The unit-length weighted average of {@code vectors} (not empty), {@code weights} one per vector: a passage's
     * vector from its parts' ones.
     */
    public static float[] meanDirection(List<float[]> vectors, double[] weights) {
        if (weights.length != vectors.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + vectors.size() + " vectors");
        }
        float[] sum = new float[vectors.get(0).length];
        for (int i = 0; i < weights.length; i++) {
            addTo(sum, vectors.get(i), weights[i]);
        }
        return normalise(sum);
    }
}
