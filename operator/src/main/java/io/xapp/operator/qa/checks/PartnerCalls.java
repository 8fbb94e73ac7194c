package io.xapp.operator.qa.checks;

import io.xapp.api.v1alpha1.AssistantTemplateSpec.CallToAction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the partner's APIs (the bridge's {@code partnerApi} sections) each call to action needs: a lead capture
 * posts to {@code leads}; a booking looks up {@code slots} and posts to {@code bookings}.
 */
final class PartnerCalls {

    static final String LEADS = "leads";
    static final String SLOTS = "slots";
    static final String BOOKINGS = "bookings";

    private PartnerCalls() {
    }

    static List<String> of(CallToAction.Type type) {
        return switch (type) {
            case LEAD_CAPTURE -> List.of(LEADS);
            case BOOKING -> List.of(SLOTS, BOOKINGS);
        };
    }

    /** Every partner API the calls to action need, each once, in the order they are listed. */
    static Set<String> of(List<CallToAction> callsToAction) {
        Set<String> calls = new LinkedHashSet<>();
        callsToAction.forEach(c -> calls.addAll(of(c.getType())));
        return calls;
    }

    static String describe(CallToAction c) {
        String type = c.getType() == CallToAction.Type.LEAD_CAPTURE ? "leadCapture" : "booking";
        return type + (c.getLabel() == null ? "" : " \"" + c.getLabel() + "\"");
    }
}
