package io.xapp.runtime.bridge;

/** An appointment slot the business offers: ISO-8601 date-times with zone. */
public record Slot(String start, String end) {
}
