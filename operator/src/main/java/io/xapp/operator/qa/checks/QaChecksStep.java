package io.xapp.operator.qa.checks;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.xapp.api.runtime.QaChecklist;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.api.v1alpha1.QaCheckRun;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reconcile's side of the pre-review checks, level-based: the checks of the current revision are either
 * recorded in status (done: nothing runs again, even after an operator restart) or asked of {@link QaChecks} (which
 * starts them once the runtime is available). Writes where they stand into status.qa and the QAChecks condition,
 * records an Event when they finish, and keeps the {@value XappMetadata#QA_CHECKS_LABEL} label on the Assistant.
 */
public final class QaChecksStep {

    public static final String WAITING_FOR_RUNTIME = "WaitingForRuntime";
    public static final String RUNTIME_UNREACHABLE = "RuntimeUnreachable";
    public static final String RUNNING = "Running";
    public static final String PASSED = "Passed";
    public static final String PASSED_WITH_WARNINGS = "PassedWithWarnings";
    public static final String FAILED = "Failed";

    private final QaChecks checks;
    private final AssistantEvents events;
    private final Clock clock;

    public QaChecksStep(QaChecks checks, AssistantEvents events, Clock clock) {
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    /** The finished checks of {@code revision}, for the runtime's ConfigMap (the preview shows them). */
    public Optional<QaChecklist> checklist(Assistant assistant, String revision, StatusDraft draft) {
        QaStatus qa = draft.previous().getQa();
        if (qa != null && qa.getCheckRun() != null && qa.getCheckRun().done()
                && revision.equals(qa.getCheckRun().revision())) {
            return Optional.of(new QaChecklist(qa.getCheckRun(), qa.getChecks()));
        }
        return checks.known(ResourceID.fromResource(assistant))
                .filter(p -> p.done() && revision.equals(p.revision()))
                .map(p -> new QaChecklist(p.run(), p.checks()));
    }

    /**
     * Where the checks of {@code target}'s revision stand; starts them once the runtime is available.
     *
     * @param runtimeAvailable whether the runtime Deployment has rolled out the current revision
     */
    public ChecksVerdict review(Assistant assistant, CheckTarget target, boolean runtimeAvailable,
            StatusDraft draft) {
        if (!checks.settings().enabled()) {
            draft.conditions().remove(ConditionType.QAChecks);
            return ChecksVerdict.DISABLED;
        }
        ResourceID id = ResourceID.fromResource(assistant);
        String revision = target.revision();
        QaStatus before = draft.previous().getQa();
        QaCheckRun recorded = before == null ? null : before.getCheckRun();
        if (recorded != null && recorded.done() && revision.equals(recorded.revision())) {
            checks.forget(id); // safe in the status: never run again for this revision
            ChecksVerdict verdict = new ChecksVerdict(true, recorded, before.getChecks());
            finished(verdict, target, draft);
            return verdict;
        }
        if (!runtimeAvailable) {
            draft.conditions().setUnknown(ConditionType.QAChecks, WAITING_FOR_RUNTIME, "The checks of revision "
                    + revision + " run once its runtime is available.");
            return new ChecksVerdict(true, null, null);
        }
        CheckRun.Progress progress = checks.request(id, target);
        ChecksVerdict verdict = new ChecksVerdict(true, progress.run(), progress.checks());
        switch (progress.stage()) {
            case WAITING_FOR_RUNTIME -> draft.conditions().setUnknown(ConditionType.QAChecks, WAITING_FOR_RUNTIME,
                    "The checks of revision " + revision + " start once the runtime answers at "
                            + target.runtimeUrl() + (progress.problem() == null ? "" : " (" + progress.problem()
                            + ")") + ".");
            case CHECKING -> draft.conditions().setUnknown(ConditionType.QAChecks, RUNNING, "The checks of revision "
                    + revision + " are running: " + progress.run().summary() + ".");
            case RUNTIME_UNREACHABLE -> {
                draft.conditions().setUnknown(ConditionType.QAChecks, RUNTIME_UNREACHABLE, progress.problem()
                        + "; the checks of revision " + revision + " try again at " + progress.retryAt()
                        + ". The operator must reach the assistant's public URL (partner publicBaseUrl).");
                draft.requeueAfter(Duration.between(clock.instant(), progress.retryAt()));
            }
            case DONE -> {
                finished(verdict, target, draft);
                if (checks.announce(id, revision)) {
                    recordEvent(assistant, verdict, revision);
                }
            }
        }
        return verdict;
    }

    private static void finished(ChecksVerdict verdict, CheckTarget target, StatusDraft draft) {
        String of = " of revision " + verdict.run().revision();
        String total = verdict.run().summary();
        switch (verdict.run().state()) {
            case Passed -> draft.conditions().setTrue(ConditionType.QAChecks, PASSED, "All checks" + of + " passed ("
                    + total + ").");
            case Warning -> draft.conditions().setTrue(ConditionType.QAChecks, PASSED_WITH_WARNINGS, total
                    + " checks" + of + " passed; look at these before approving: "
                    + String.join("; ", verdict.lines(Result.Warning)));
            default -> draft.conditions().setFalse(ConditionType.QAChecks, FAILED, total + " checks" + of
                    + " passed; failed: " + String.join("; ", verdict.lines(Result.Failed)) + ". An approval of this "
                    + "revision is refused unless it says why it stands anyway: "
                    + ApprovalGate.overrideCommand(target.namespace(), target.name(), verdict.run().revision()));
            }
    }

    private void recordEvent(Assistant assistant, ChecksVerdict verdict, String revision) {
        String message = "Checks of revision " + revision + ": " + verdict.run().summary() + " passed"
                + (verdict.lines(Result.Failed).isEmpty() ? "" : "; failed: "
                        + String.join(", ", verdict.names(Result.Failed)))
                + (verdict.lines(Result.Warning).isEmpty() ? "" : "; warnings: "
                        + String.join(", ", verdict.names(Result.Warning)));
        switch (verdict.run().state()) {
            case Passed -> events.record(assistant, AssistantEvents.NORMAL, "QAChecksPassed", message);
            case Warning -> events.record(assistant, AssistantEvents.NORMAL, "QAChecksWarned", message);
            default -> events.record(assistant, AssistantEvents.WARNING, "QAChecksFailed", message);
        }
    }

    /**
     * Keeps {@value XappMetadata#QA_CHECKS_LABEL} true to the verdict (removed while the checks run); a merge patch
     * of that one label, only when it differs. A label change does not start a reconcile (AssistantUpdateFilter).
     */
    public static void label(KubernetesClient client, Assistant assistant, ChecksVerdict verdict) {
        if (!verdict.enabled()) {
            return;
        }
        Map<String, String> labels = assistant.getMetadata().getLabels();
        String now = labels == null ? null : labels.get(XappMetadata.QA_CHECKS_LABEL);
        String wanted = verdict.label().orElse(null);
        if (Objects.equals(now, wanted)) {
            return;
        }
        Map<String, String> patch = new HashMap<>();
        patch.put(XappMetadata.QA_CHECKS_LABEL, wanted);
        client.resources(Assistant.class).inNamespace(assistant.getMetadata().getNamespace())
                .withName(assistant.getMetadata().getName()).patch(PatchContext.of(PatchType.JSON_MERGE),
                        Serialization.asJson(Map.of("metadata", Map.of("labels", patch))));
    }
}
