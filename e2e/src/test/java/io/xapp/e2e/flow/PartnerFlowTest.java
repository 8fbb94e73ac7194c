package io.xapp.e2e.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.InstallStatus;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.testing.platform.PartnerPlatform;
import io.xapp.testing.platform.partner.Assistants;
import io.xapp.testing.platform.partner.Browser;
import io.xapp.testing.platform.partner.Partner;
import io.xapp.testing.platform.partner.QaReview;
import io.xapp.testing.support.LabelledResources;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One customer's whole life in a partner environment, as the partner, a QA reviewer and a visitor see it: the
 * partner's CreateSubscription arrives through SQS, the bridge creates the Assistant, the operator analyses the
 * customer's site and runs its assistant, QA approves (only the QA group may), the partner receives
 * ReadyForInstallation with snippets that work on the customer's page in a real browser, usage reaches the
 * partner's analytics, and a Cancellation removes everything the customer had.
 *
 * <p>By default on the local control plane with the chart installed and its Deployments run as processes
 * (docs/e2e.md says why); {@code -Dxapp.e2e.target=existing} runs the same steps against an environment set up
 * elsewhere (e2e/kind/run-e2e.sh). Each step waits for behaviour with a generous bound, never for a fixed time.
 */
class PartnerFlowTest {

    private static final String PARTNER_ID = "E2E-PARTNER-7";
    private static final String CUSTOMER_ID = "brightside-0042";
    private static final String COMPANY = "Brightside Family Dental";
    private static final String TIER = "growth";
    private static final String TEMPLATE = "local-business";
    /** Short, so the test sees the cancelled Assistant itself go. */
    private static final String RETAIN_CANCELLED_FOR = "20s";

    private static PartnerPlatform platform;

    @RegisterExtension
    static final FlowDiagnostics DIAGNOSTICS = new FlowDiagnostics(() -> platform);

    private Partner partner;
    private final String name = CustomerNames.assistantName(CUSTOMER_ID);

    @BeforeAll
    static void startThePartnerEnvironment() {
        platform = PartnerPlatform.fromSystemProperties(PARTNER_ID, RETAIN_CANCELLED_FOR);
    }

    @AfterAll
    static void removeIt() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aCustomerFromSubscriptionToCancellation() throws Exception {
        partner = new Partner(platform);

        Assistant awaiting = theSubscriptionBecomesAnAssistantAwaitingQa();
        theReviewerSeesAPreview(awaiting);
        onlyTheQaGroupMayApprove(awaiting);
        Assistant ready = await("Assistant " + name + " Ready after approval").atMost(Duration.ofMinutes(3))
                .until(this::assistantOrNull, a -> phase(a) == Phase.Ready && a.getStatus().getInstall() != null);
        JsonNode readyEvent = thePartnerIsToldItIsReadyForInstallation(ready.getStatus().getInstall());
        theSnippetsWorkOnTheCustomersSite(ready, readyEvent.path("detail"));
        usageReachesThePartnersAnalytics();
        theRuntimeHoldsNoKubernetesToken();
        aCancellationRemovesEverythingOfTheCustomer();
    }

    private Assistant theSubscriptionBecomesAnAssistantAwaitingQa() {
        partner.subscribe(CUSTOMER_ID, COMPANY, platform.website(), TIER, TEMPLATE);

        Assistant a = await("Assistant " + name + " (from the CreateSubscription in SQS) in AwaitingQA")
                .atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2))
                .until(this::assistantOrNull, x -> phase(x) == Phase.AwaitingQA);
        assertThat(a.getSpec().getWebsite()).isEqualTo(platform.website().toString());
        assertThat(a.getMetadata().getLabels()).containsEntry(XappMetadata.CUSTOMER_ID_LABEL,
                CustomerNames.labelValue(CUSTOMER_ID));
        assertThat(a.getStatus().getInstall()).as("no snippets before QA approved").isNull();
        assertThat(a.getStatus().getBrand().getName()).as("brand detected from the site").isNotBlank();
        return a;
    }

    private void theReviewerSeesAPreview(Assistant a) throws Exception {
        Assistants.awaitRuntimeReady(a);
        new Browser("partner-flow.mjs", platform.chromiumArgs()).run("preview", Map.of(
                "PREVIEW_URL", a.getStatus().getRuntime().getPreviewUrl(),
                "LAUNCHER_LABEL", Assistants.launcherLabel(platform, TEMPLATE)));
    }

    private void onlyTheQaGroupMayApprove(Assistant a) {
        String revision = a.getStatus().getQa().getRevision();
        QaReview.grantAssistantEditing(platform.admin(), platform.namespace(), "dev-bob");
        try (KubernetesClient bob = platform.user("dev-bob")) {
            assertThatThrownBy(() -> QaReview.approve(bob, platform.namespace(), name, revision))
                    .as("dev-bob (not in the QA group, but allowed to edit Assistants) approves")
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode())
                            .isEqualTo(403))
                    .hasMessageContaining(QaReview.REFUSAL);
        }
        assertThat(assistant().getMetadata().getAnnotations()).doesNotContainKey(XappMetadata.QA_ANNOTATION);
        try (KubernetesClient alice = platform.user("qa-alice")) {
            QaReview.approve(alice, platform.namespace(), name, revision);
        }
    }

    private JsonNode thePartnerIsToldItIsReadyForInstallation(InstallStatus install) {
        return partner.awaitReadyForInstallation(CUSTOMER_ID, install);
    }

    /** The partner's snippets pasted into a page of the customer's own site, the origin the keys are bound to. */
    private void theSnippetsWorkOnTheCustomersSite(Assistant a, JsonNode snippets) throws Exception {
        URI page = platform.publishOnWebsite("/xapp-install-check.html", """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%s: assistant installed</title></head>
                <body><h1>%s</h1><p>The partner's install snippets, pasted as the customer would:</p>
                <div id="site-search">%s</div>
                %s
                </body></html>
                """.formatted(COMPANY, COMPANY, snippets.path("search_snippet").asText(),
                snippets.path("widget_snippet").asText()));
        String output = new Browser("partner-flow.mjs", platform.chromiumArgs()).run("snippet", Map.of(
                "HOST_PAGE", page.toString(),
                "LAUNCHER_LABEL", Assistants.launcherLabel(platform, TEMPLATE),
                // A question of the fixture's qa.json as a visitor types it, answered from the page it names
                // (AnswerQualityIT judges them all; this one checks the widget shows the answer and its source)
                "QUESTION", "whats the after hours emergancy number",
                "EXPECT", "555-0199",
                "SOURCE", "emergency-dentistry.html",
                "SEARCH_LABEL", "Search " + a.getSpec().getCompanyName(),
                "SEARCH", "teeth whitening"));
        assertThat(output).contains("ok - snippet");
    }

    private void usageReachesThePartnersAnalytics() {
        JsonNode report = await("the widget's usage in the partner's analytics (the runtime reports it every 10 s)")
                .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions()
                .until(() -> partner.analytics(CUSTOMER_ID),
                        r -> r.at("/widget/queries/total").asInt() > 0);
        assertThat(report.path("partner_id").asText()).isEqualTo(platform.partnerId());
        assertThat(report.at("/widget/totalUniqueSessions").asInt()).isPositive();
        assertThat(report.at("/widget/totalUniqueUsers").asInt()).isPositive();
        assertThat(report.at("/widget/queries/topQueries").toString()).contains("after hours");
    }

    private void theRuntimeHoldsNoKubernetesToken() {
        Deployment runtime = platform.admin().apps().deployments().withName(name).get();
        assertThat(runtime.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken())
                .as("the runtime Deployment mounts no ServiceAccount token").isFalse();
    }

    private void aCancellationRemovesEverythingOfTheCustomer() throws Exception {
        partner.cancel(CUSTOMER_ID, Instant.now());
        Map<String, String> customer = Map.of(XappMetadata.CUSTOMER_ID_LABEL, CustomerNames.labelValue(CUSTOMER_ID));

        await("Assistant " + name + " Cancelled, its runtime torn down").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1)).until(() -> Optional.ofNullable(assistantOrNull())
                        .map(x -> phase(x) == Phase.Cancelled).orElse(true));
        await("nothing labelled with customer " + CUSTOMER_ID + " left in any kind, the Assistant too, after "
                + RETAIN_CANCELLED_FOR).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> LabelledResources.find(platform.admin(), platform.namespace(), customer),
                        java.util.List::isEmpty);
        // The customer is gone with its data: its analytics are an unknown customer's, a 404 that says so.
        HttpResponse<String> analytics = partner.analyticsResponse(CUSTOMER_ID);
        assertThat(analytics.statusCode()).as(analytics.body()).isEqualTo(404);
        assertThat(analytics.body()).contains("no customer '" + CUSTOMER_ID + "'");
    }

    private Assistant assistant() {
        Assistant a = assistantOrNull();
        if (a == null) {
            throw new AssertionError("Assistant " + name + " does not exist in " + platform.namespace());
        }
        return a;
    }

    private Assistant assistantOrNull() {
        return Assistants.find(platform, name);
    }

    private static Phase phase(Assistant a) {
        return Assistants.phase(a);
    }
}
