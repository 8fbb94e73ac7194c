package io.xapp.bridge.relay;

import io.xapp.bridge.config.PartnerApiSettings;
import io.xapp.bridge.config.PartnerApiSettings.Endpoint;

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

    /** Where it goes in this partner environment, or null when that endpoint is not configured. */
    public Endpoint endpoint(PartnerApiSettings settings) {
        return this == LEAD ? settings.leads() : settings.bookings();
    }
}
