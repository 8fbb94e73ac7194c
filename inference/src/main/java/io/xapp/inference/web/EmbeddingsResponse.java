package io.xapp.inference.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One L2-normalised vector per text, in the order of the request. */
public record EmbeddingsResponse(
        @JsonProperty("model") String model,
        @JsonProperty("dimensions") int dimensions,
        @JsonProperty("vectors") float[][] vectors) {
}
