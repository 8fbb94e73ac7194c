package io.xapp.runtime.booking;

import io.xapp.runtime.bridge.BridgeClient;
import io.xapp.runtime.bridge.Booking;
import io.xapp.runtime.leads.ContactDetails;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** GET /api/booking/slots and POST /api/bookings: the booking call to action, relayed to the bridge. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    static final int MAX_DAYS = 31;
    static final int MAX_NOTE = 1000;

    private final BridgeClient bridge;

    BookingResource(BridgeClient bridge) {
        this.bridge = bridge;
    }

    public record BookingRequest(String name, String email, String phone, String slotStart, String slotEnd,
                                 String note, String sessionId) {
    }

    @GET
    @Path("/booking/slots")
    public CompletionStage<Map<String, Object>> slots(@QueryParam("from") String from,
                                                      @QueryParam("days") @DefaultValue("7") int days) {
        LocalDate start;
        try {
            start = from == null || from.isBlank() ? LocalDate.now() : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("from must be a date like 2025-03-14");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new BadRequestException("days must be between 1 and " + MAX_DAYS);
        }
        return bridge.slots(start, days).thenApply(slots -> Map.of("slots", slots));
    }

    @POST
    @Path("/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> book(BookingRequest r) {
        if (r == null) {
            throw new BadRequestException("a JSON body with name, email or phone, slotStart and slotEnd is required");
        }
        ContactDetails.check(r.name(), r.email(), r.phone());
        ContactDetails.checkText("note", r.note(), MAX_NOTE);
        OffsetDateTime start = dateTime("slotStart", r.slotStart());
        OffsetDateTime end = dateTime("slotEnd", r.slotEnd());
        if (!end.isAfter(start)) {
            throw new BadRequestException("slotEnd must be after slotStart");
        }
        Booking booking = new Booking(UUID.randomUUID().toString(), r.sessionId(), r.name().strip(),
                ContactDetails.clean(r.email()), ContactDetails.clean(r.phone()), r.slotStart(), r.slotEnd(),
                ContactDetails.clean(r.note()));
        return bridge.book(booking).thenApply(accepted -> Response.accepted(Map.of("bookingId", booking.bookingId(),
                "status", accepted.status() == null ? "requested" : accepted.status())).build());
    }

    private static OffsetDateTime dateTime(String field, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BadRequestException(field + " must be an ISO-8601 date-time with zone, as the slots list gives");
        }
    }
}
