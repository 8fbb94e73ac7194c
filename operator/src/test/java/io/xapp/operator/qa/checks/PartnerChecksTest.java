package io.xapp.operator.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.AssistantTemplateSpec.CallToAction;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CallsToAction and PartnerApis judge what the bridge answered (docs/contracts.md, "Operator to bridge"). */
class PartnerChecksTest {

    private static final CallToAction LEAD = new CallToAction(CallToAction.Type.LEAD_CAPTURE, "Talk to our team");
    private static final CallToAction BOOKING = new CallToAction(CallToAction.Type.BOOKING, "Book a visit");

    @Test
    void everyCallToActionNeedsItsPartnerApis() throws Exception {
        var endpoints = JsonHttp.JSON.readTree("""
                {"leads": {"configured": true, "host": "api.partner.example"}, "slots": {"configured": true},
                 "bookings": {"configured": false}}""");
        assertThat(CallsToActionCheck.judge(List.of(LEAD), endpoints).result()).isEqualTo(Result.Passed);
        CheckOutcome o = CallsToActionCheck.judge(List.of(LEAD, BOOKING), endpoints);
        assertThat(o.result()).isEqualTo(Result.Failed);
        assertThat(o.message()).contains("booking \"Book a visit\" needs partnerApi.bookings", "docs/bridge.md");
        assertThat(PartnerCalls.of(List.of(LEAD, BOOKING))).containsExactly("leads", "slots", "bookings");
    }

    @Test
    void aDryRunAcceptedPassesUntestableWarnsRefusedFails() throws Exception {
        var accepted = JsonHttp.JSON.readTree("""
                [{"call": "leads", "outcome": "accepted", "detail": "the partner's API accepted a test lead"},
                 {"call": "slots", "outcome": "accepted", "detail": "3 open slots"}]""");
        assertThat(PartnerApisCheck.judge(accepted).result()).isEqualTo(Result.Passed);

        var untestable = JsonHttp.JSON.readTree("""
                [{"call": "leads", "outcome": "untestable", "detail": "partnerApi.leads names no test marker"}]""");
        CheckOutcome cannotTell = PartnerApisCheck.judge(untestable);
        assertThat(cannotTell.result()).isEqualTo(Result.Warning);
        assertThat(cannotTell.message()).contains("leads: cannot tell: partnerApi.leads names no test marker");

        var refused = JsonHttp.JSON.readTree("""
                [{"call": "leads", "outcome": "refused", "detail": "HTTP 403 unknown account"},
                 {"call": "slots", "outcome": "accepted", "detail": "3 open slots"}]""");
        CheckOutcome failed = PartnerApisCheck.judge(refused);
        assertThat(failed.result()).isEqualTo(Result.Failed);
        assertThat(failed.message()).contains("leads: HTTP 403 unknown account", "tell the partner");
    }
}
