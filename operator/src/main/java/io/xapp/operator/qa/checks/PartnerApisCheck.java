package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Integrations: the partner's lead and booking APIs answer a dry run. The bridge sends each one a request that the
 * partner's API contract marks as a test ({@code partnerApi.<call>.test}; a slot look-up changes nothing and needs
 * no marker); without such a marker the check cannot tell, and says why, rather than create a real lead.
 */
final class PartnerApisCheck implements QaCheck {

    static final String NAME = "PartnerApis";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome run(CheckContext context) throws CheckException, InterruptedException {
        Set<String> calls = PartnerCalls.of(context.runtime().callsToAction());
        if (calls.isEmpty()) {
            return CheckOutcome.passed("The assistant offers no call to action, so no partner API is used.");
        }
        return judge(context.bridge().dryRun(calls).path("results"));
    }

    /** @param results the bridge's {@code [{"call", "outcome", "detail"}]} */
    static CheckOutcome judge(JsonNode results) {
        Result result = Result.Passed;
        List<String> lines = new ArrayList<>();
        for (JsonNode r : results) {
            String call = r.path("call").asText();
            String outcome = r.path("outcome").asText();
            String detail = r.path("detail").asText("");
            Result verdict = switch (outcome) {
                case "accepted" -> Result.Passed;
                case "untestable", "notConfigured" -> Result.Warning;
                default -> Result.Failed; // refused, unreachable
            };
            result = CheckOutcome.worst(result, verdict);
            String prefix = switch (outcome) {
                case "untestable", "notConfigured" -> "cannot tell: ";
                default -> "";
            };
            lines.add(call + ": " + prefix + detail);
        }
        String text = String.join("; ", lines) + ".";
        return switch (result) {
            case Passed -> CheckOutcome.passed("The partner's APIs answered the dry run: " + text);
            case Warning -> CheckOutcome.warning("Not every partner API could be tried: " + text);
            default -> CheckOutcome.failed("A partner API failed the dry run: " + text + " Visitors' requests would "
                    + "fail the same way; tell the partner, or fix partnerApi in the bridge's partner file.");
        };
    }
}
