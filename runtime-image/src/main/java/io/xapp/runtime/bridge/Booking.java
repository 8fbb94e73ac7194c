package io.xapp.runtime.bridge;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A booking request as the bridge takes it; {@code bookingId} makes retries safe. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Booking(String bookingId, String sessionId, String name, String email, String phone, String slotStart,
                      String slotEnd, String note) {
}
