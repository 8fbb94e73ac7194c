package io.xapp.inference.web;

import io.xapp.inference.model.EmbeddingModel;

/** A request came before the model was loaded (a pod that is not ready yet; the Service sends it none). */
public final class ModelLoadingException extends RuntimeException {

    public ModelLoadingException(EmbeddingModel model) {
        super("the model " + model.name() + " is still loading; retry shortly");
    }
}
