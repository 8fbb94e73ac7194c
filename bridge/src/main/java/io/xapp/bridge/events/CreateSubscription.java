package io.xapp.bridge.events;

/** A new subscription or an upgrade: the Assistant is created or updated to match. */
public record CreateSubscription(String customerId, String companyName, String website, String tier,
                                 int contractLengthMonths, String template) implements PartnerEvent {

    public static final String TYPE = "CreateSubscription";

    @Override
    public String type() {
        return TYPE;
    }
}
