package io.xapp.runtime.semantic;

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
}
