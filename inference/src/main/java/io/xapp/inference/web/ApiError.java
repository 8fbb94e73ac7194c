package io.xapp.inference.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of every refusal: {@code {"error": "..."}}. */
public record ApiError(@JsonProperty("error") String error) {
}
