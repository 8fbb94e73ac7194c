package io.xapp.runtime.bridge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The bridge took a lead or booking: {@code id} is the lead or booking id, {@code status} its state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Accepted(String id, String status) {
}
