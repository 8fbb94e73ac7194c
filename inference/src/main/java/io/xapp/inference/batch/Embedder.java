package io.xapp.inference.batch;

import io.xapp.inference.model.TextKind;
import java.util.List;

/** What the batcher calls once per round: one vector per text, in order. */
@FunctionalInterface
public interface Embedder {

    float[][] embed(List<String> texts, TextKind kind);
}
