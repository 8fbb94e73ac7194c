package io.xapp.inference.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which model answers; a runtime compares it with the model its index was built with. */
public record ModelInfo(@JsonProperty("model") String model, @JsonProperty("dimensions") int dimensions) {
}
