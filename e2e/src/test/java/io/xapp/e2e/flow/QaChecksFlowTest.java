package io.xapp.e2e.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Condition;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.api.v1alpha1.QaCheckRun;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.e2e.support.AssistantsByHand;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.platform.LocalPlatform;
import io.xapp.testing.platform.partner.Assistants;
import io.xapp.testing.platform.partner.Browser;
import io.xapp.testing.platform.tools.Kubectl;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The automated pre-review checks and bulk review in a partner environment on the local control plane (the chart,
 * its operator and bridge, a runtime per Assistant, the partner's CRM APIs), with the fixture sites: every check
 * passes on a good site; a broken logo, a low-contrast palette, a partner API that refuses the dry run and a site
 * whose sample questions come back "no content" fail or warn with the right message; the label and the CHECKS
 * column follow; the preview shows the checklist; a restarted operator runs nothing it recorded; bulk approval by
 * label approves only what passed, an approval of a failed revision is refused, and an override is recorded.
 */
class QaChecksFlowTest {

    private static final Duration CHECKS_DONE = Duration.ofMinutes(8);
    private static final String TEMPLATE = "healthcare";   // booking and lead capture: every partner API is used
    private static final List<String> CHECKS = List.of("Logo", "Colours", "Coverage", "SampleAnswers",
            "CallsToAction", "PartnerApis", "Channels");

    private static LocalPlatform platform;
    private static StaticSite bakery;

    @RegisterExtension
    static final FlowDiagnostics DIAGNOSTICS = new FlowDiagnostics(() -> platform);

    private final String good = CustomerNames.assistantName("qa-good-0001");
    private final String brokenLogo = CustomerNames.assistantName("qa-logo-0002");
    private final String grey = CustomerNames.assistantName("qa-grey-0003");
    private final String refused = CustomerNames.assistantName("qa-refused-0004");
    private final String pictures = CustomerNames.assistantName("qa-bakery-0005");

    @BeforeAll
    static void startThePartnerEnvironment() {
        platform = LocalPlatform.start("E2E-QA-CHECKS", "1m");
        platform.partnerApi().refuse("qa-refused-0004");
        bakery = StaticSite.serve(Repo.fixtureSite("ashgrove-bakery"));
    }

    @AfterAll
    static void removeIt() {
        if (platform != null) {
            platform.close();
        }
        if (bakery != null) {
            bakery.close();
        }
    }

    @Test
    void checksBeforeReviewAndABulkApprovalThatStaysSafe() throws Exception {
        URI dental = platform.website();
        AssistantsByHand.create(platform.admin(), "qa-good-0001", "Brightside Family Dental", dental, TEMPLATE,
                b -> { });
        AssistantsByHand.create(platform.admin(), "qa-logo-0002", "Brightside Family Dental", dental, TEMPLATE,
                b -> b.setLogoUrl(dental.resolve("/assets/missing-logo.png").toString()));
        AssistantsByHand.create(platform.admin(), "qa-grey-0003", "Brightside Family Dental", dental, TEMPLATE,
                b -> b.setPrimaryColor("#808080"));
        AssistantsByHand.create(platform.admin(), "qa-refused-0004", "Brightside Family Dental", dental, TEMPLATE,
                b -> { });
        AssistantsByHand.create(platform.admin(), "qa-bakery-0005", "Ashgrove Bakery", bakery.baseUri(), TEMPLATE,
                b -> { });
        Map<String, Assistant> done = new LinkedHashMap<>();
        for (String name : List.of(good, brokenLogo, grey, refused, pictures)) {
            done.put(name, awaitChecksDone(name));
        }

        everyCheckPassesOnTheGoodSite(done.get(good));
        assertThat(check(done.get(brokenLogo), "Logo")).satisfies(c -> {
            assertThat(c.result()).isEqualTo(Result.Failed);
            assertThat(c.message()).contains("missing-logo.png answers HTTP 404", "spec.branding.logoUrl");
        });
        assertThat(check(done.get(grey), "Colours")).satisfies(c -> {
            assertThat(c.result()).isEqualTo(Result.Warning);
            assertThat(c.message()).contains("header: primaryColor #808080 reaches 3.9:1 with white text",
                    "under 4.5:1; the widget draws it as #");
        });
        assertThat(check(done.get(refused), "PartnerApis")).satisfies(c -> {
            assertThat(c.result()).isEqualTo(Result.Failed);
            assertThat(c.message()).contains("refused a test lead", "HTTP 403", "unknown account qa-refused-0004");
        });
        assertThat(check(done.get(pictures), "SampleAnswers")).satisfies(c -> {
            assertThat(c.result()).isEqualTo(Result.Failed);
            // Which of its empty picture pages the crawl keeps (the others are its duplicates) depends on order.
            assertThat(c.message()).containsPattern("No content for: \"Can you tell me about (Opening hours|Prices"
                    + "|Contact)\\?\"");
            assertThat(c.answers()).singleElement().satisfies(a -> assertThat(a.noContent()).isTrue());
        });
        assertThat(labels(done)).containsExactly(Map.entry(good, "passed"), Map.entry(brokenLogo, "failed"),
                Map.entry(grey, "warning"), Map.entry(refused, "failed"), Map.entry(pictures, "failed"));
        theChecksColumnAndTheLabelSelectWhatIsReady();
        theReviewerSeesTheChecklistOnThePreview(done.get(good));

        platform.restartOperator();
        bulkApprovalByLabelApprovesOnlyWhatPassed();
        anApprovalOfEveryoneIsRefusedWhereChecksFailed();
        anOverrideWithANoteIsRecorded();
        nothingWasCheckedTwice(done);
    }

    private void everyCheckPassesOnTheGoodSite(Assistant a) {
        QaStatus qa = a.getStatus().getQa();
        assertThat(qa.getChecks()).extracting(QaCheckResult::name).containsExactlyElementsOf(CHECKS);
        assertThat(qa.getChecks()).as("every check of %s", a.getMetadata().getName())
                .allSatisfy(c -> assertThat(c.result()).as(c.name() + ": " + c.message()).isEqualTo(Result.Passed));
        assertThat(qa.getCheckRun().summary()).isEqualTo("7/7");
        assertThat(condition(a, "QAChecks")).satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo(Condition.TRUE);
            assertThat(c.getReason()).isEqualTo("Passed");
        });
        assertThat(check(a, "SampleAnswers").answers()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.noContent()).isFalse();
            assertThat(s.source()).startsWith(platform.website().toString());
        });
        assertThat(check(a, "PartnerApis").message()).contains("accepted a test lead", "X-Partner-Test");
    }

    private void theChecksColumnAndTheLabelSelectWhatIsReady() {
        Kubectl admin = new Kubectl(KubeCluster.kubeconfigPath(), "xapp");
        String table = admin.run("get", "assistants", "-n", platform.namespace());
        assertThat(table.lines().findFirst().orElseThrow()).contains("CHECKS");
        assertThat(table.lines().filter(l -> l.startsWith(good + " "))).singleElement().asString().contains("7/7");
        assertThat(admin.run("get", "assistants", "-n", platform.namespace(), "-l",
                XappMetadata.QA_CHECKS_LABEL + "=passed", "-o", "name").strip())
                .isEqualTo("assistant.xapp.io/" + good);
    }

    private void theReviewerSeesTheChecklistOnThePreview(Assistant a) throws Exception {
        new Browser("partner-flow.mjs", platform.chromiumArgs()).run("checklist", Map.of(
                "PREVIEW_URL", a.getStatus().getRuntime().getPreviewUrl(),
                "SUMMARY", "7/7",
                "NAMES", String.join(",", CHECKS),
                "LAUNCHER_LABEL", "Questions or booking"));
    }

    /** docs/operator.md: the two commands of a bulk review, the second by a member of the QA group. */
    private void bulkApprovalByLabelApprovesOnlyWhatPassed() {
        new Kubectl(KubeCluster.kubeconfigPath(), "xapp-qa-alice").run("annotate", "assistants", "-n",
                platform.namespace(), "-l", XappMetadata.QA_CHECKS_LABEL + "=passed", "xapp.io/qa=approved");
        awaitPhase(good, Phase.Ready);
        for (String name : List.of(brokenLogo, grey, refused, pictures)) {
            Assistant a = Assistants.find(platform, name);
            assertThat(a.getMetadata().getAnnotations()).as(name).doesNotContainKey(XappMetadata.QA_ANNOTATION);
            assertThat(a.getStatus().getPhase()).as(name).isEqualTo(Phase.AwaitingQA);
        }
    }

    private void anApprovalOfEveryoneIsRefusedWhereChecksFailed() {
        new Kubectl(KubeCluster.kubeconfigPath(), "xapp-qa-alice").run("annotate", "assistants", "-n",
                platform.namespace(), "--all", "--overwrite", "xapp.io/qa=approved");
        awaitPhase(grey, Phase.Ready); // warnings only: the reviewer looked and approved
        for (String name : List.of(brokenLogo, refused, pictures)) {
            Assistant a = await(name + " refused").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Assistants.find(platform, name), x -> condition(x, "QAApproved") != null
                            && "ChecksFailed".equals(condition(x, "QAApproved").getReason()));
            assertThat(a.getStatus().getPhase()).isEqualTo(Phase.AwaitingQA);
            assertThat(a.getStatus().getInstall()).isNull();
            assertThat(a.getStatus().getQa().getState()).isEqualTo(QaStatus.State.Pending);
            assertThat(condition(a, "QAApproved").getMessage()).contains("its checks failed",
                    "xapp.io/qa-override='<why it is fine>'");
            await("a QAApprovalRefused Event for " + name).atMost(Duration.ofMinutes(1))
                    .until(() -> events(name).stream().anyMatch(e -> "QAApprovalRefused".equals(e.getReason())));
        }
    }

    private void anOverrideWithANoteIsRecorded() {
        String note = "the customer replaces the logo file on Monday; approved with the detected one for now";
        new Kubectl(KubeCluster.kubeconfigPath(), "xapp-qa-alice").run("annotate", "assistant", "-n",
                platform.namespace(), brokenLogo, XappMetadata.QA_OVERRIDE_ANNOTATION + "=" + note);
        Assistant a = awaitPhase(brokenLogo, Phase.Ready);
        assertThat(a.getStatus().getQa().getOverride()).isEqualTo(note);
        assertThat(condition(a, "QAApproved").getMessage()).contains("although its checks failed", note);
        assertThat(Assistants.find(platform, refused).getStatus().getPhase()).isEqualTo(Phase.AwaitingQA);
    }

    /** Level-based: a restarted operator, and every approval since, ran no check again. */
    private void nothingWasCheckedTwice(Map<String, Assistant> before) {
        for (var e : before.entrySet()) {
            QaCheckRun then = e.getValue().getStatus().getQa().getCheckRun();
            QaCheckRun now = Assistants.find(platform, e.getKey()).getStatus().getQa().getCheckRun();
            assertThat(now).as(e.getKey()).isEqualTo(then);
            assertThat(events(e.getKey()).stream().filter(x -> x.getReason().startsWith("QAChecks")).count())
                    .as("one QAChecks* Event for " + e.getKey()).isEqualTo(1);
        }
    }


    private Assistant awaitChecksDone(String name) {
        return await("the checks of " + name + " done").atMost(CHECKS_DONE).pollInterval(Duration.ofSeconds(2))
                .until(() -> Assistants.find(platform, name), a -> a != null && a.getStatus() != null
                        && a.getStatus().getQa() != null && a.getStatus().getQa().getCheckRun() != null
                        && a.getStatus().getQa().getCheckRun().done()
                        && a.getMetadata().getLabels().containsKey(XappMetadata.QA_CHECKS_LABEL));
    }

    private Assistant awaitPhase(String name, Phase phase) {
        return await(name + " " + phase).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Assistants.find(platform, name), a -> Assistants.phase(a) == phase);
    }

    private static QaCheckResult check(Assistant a, String name) {
        return a.getStatus().getQa().getChecks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " on " + a.getMetadata().getName()));
    }

    private static Condition condition(Assistant a, String type) {
        return a.getStatus().condition(type).orElse(null);
    }

    private static Map<String, String> labels(Map<String, Assistant> assistants) {
        Map<String, String> labels = new LinkedHashMap<>();
        assistants.forEach((name, a) -> labels.put(name, a.getMetadata().getLabels()
                .get(XappMetadata.QA_CHECKS_LABEL)));
        return labels;
    }

    private List<Event> events(String name) {
        return platform.admin().v1().events().inNamespace(platform.namespace())
                .withField("involvedObject.name", name).list().getItems();
    }
}
