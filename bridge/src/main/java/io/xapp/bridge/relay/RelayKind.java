package io.xapp.bridge.relay;

/** What the runtime hands over: a lead or a booking request. */
public enum RelayKind {
    LEAD("leadId", "leads"),
    BOOKING("bookingId", "bookings");

    private final String idField;
    private final String endpointName;

    RelayKind(String idField, String endpointName) {
        this.idField = idField;
        this.endpointName = endpointName;
    }

    /** The body field holding the runtime's id for the item (the de-duplication key). */
    public String idField() {
        return idField;
    }

    /** The partnerApi section that configures where it goes. */
    public String endpointName() {
        return endpointName;
    }
}
