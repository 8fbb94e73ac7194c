package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.api.v1alpha1.AssistantTemplateSpec.CallToAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls to action: each one the widget offers visitors (the template's, as the runtime's public config lists them)
 * is configured for this partner environment, that is, the bridge has the partner API it relays to. Asks the
 * bridge, which alone reads the partner's API settings.
 */
final class CallsToActionCheck implements QaCheck {

    static final String NAME = "CallsToAction";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome run(CheckContext context) throws CheckException, InterruptedException {
        List<CallToAction> ctas = context.runtime().callsToAction();
        if (ctas.isEmpty()) {
            return CheckOutcome.passed("The assistant offers no call to action (no widget, or none in the "
                    + "template).");
        }
        return judge(ctas, context.bridge().partnerApi().path("endpoints"));
    }

    static CheckOutcome judge(List<CallToAction> ctas, JsonNode endpoints) {
        List<String> configured = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CallToAction cta : ctas) {
            List<String> absent = PartnerCalls.of(cta.getType()).stream()
                    .filter(call -> !endpoints.path(call).path("configured").asBoolean(false)).toList();
            List<String> sections = PartnerCalls.of(cta.getType()).stream().map(c -> "partnerApi." + c).toList();
            if (absent.isEmpty()) {
                configured.add(PartnerCalls.describe(cta) + " -> " + String.join(" and ", sections));
            } else {
                missing.add(PartnerCalls.describe(cta) + " needs " + String.join(" and ", absent.stream()
                        .map(c -> "partnerApi." + c).toList()));
            }
        }
        if (missing.isEmpty()) {
            return CheckOutcome.passed("Every call to action reaches a partner API: " + String.join("; ", configured)
                    + ".");
        }
        return CheckOutcome.failed("Not configured in this partner environment: " + String.join("; ", missing)
                + ". Visitors who use it would get an error. Add the section to the bridge's partner file "
                + "(docs/bridge.md, partnerApi) or give the Assistant a template without it.");
    }
}
