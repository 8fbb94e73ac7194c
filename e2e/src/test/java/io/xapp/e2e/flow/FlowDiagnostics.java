package io.xapp.e2e.flow;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Condition;
import io.xapp.testing.platform.PartnerPlatform;
import io.xapp.testing.platform.tools.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * On a failure, says where the flow stood: every Assistant's phase, conditions, QA and runtime status, the
 * namespace's latest Events, and the end of every process (or pod) log. Printed, written to
 * target/e2e/&lt;test&gt;-failure.txt, and appended to the failure's message.
 */
final class FlowDiagnostics implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final int EVENTS = 40;

    private final Supplier<PartnerPlatform> platform;

    FlowDiagnostics(Supplier<PartnerPlatform> platform) {
        this.platform = platform;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withReport(context, failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw withReport(context, failure);
    }

    private Throwable withReport(ExtensionContext context, Throwable failure) {
        String report;
        try {
            report = report(platform.get());
        } catch (RuntimeException e) {
            report = "(could not collect the diagnostics: " + e + ")";
        }
        Path file = YamlFiles.workDir("reports").resolve(context.getDisplayName().replaceAll("\\W+", "-")
                + "-failure.txt");
        try {
            Files.writeString(file, failure + "\n\n" + report);
        } catch (IOException e) {
            System.err.println("[e2e] cannot write " + file + ": " + e);
        }
        System.err.println(report);
        AssertionError withReport = new AssertionError(failure.getMessage() + "\n\n=== where the flow stood (also in "
                + file + ")\n" + report, failure);
        return withReport;
    }

    static String report(PartnerPlatform platform) {
        if (platform == null) {
            return "(the platform did not start)";
        }
        KubernetesClient client = platform.admin();
        StringBuilder out = new StringBuilder();
        if (client != null) {
            for (Assistant a : client.resources(Assistant.class).list().getItems()) {
                out.append(describe(a));
            }
            out.append("\nlatest Events in ").append(platform.namespace()).append(":\n");
            List<Event> events = client.v1().events().list().getItems().stream()
                    .sorted(Comparator.comparing(e -> String.valueOf(e.getLastTimestamp()))).toList();
            events.subList(Math.max(0, events.size() - EVENTS), events.size()).forEach(e -> out.append("  ")
                    .append(e.getLastTimestamp()).append(' ').append(e.getInvolvedObject().getKind()).append('/')
                    .append(e.getInvolvedObject().getName()).append(' ').append(e.getReason()).append(": ")
                    .append(e.getMessage()).append('\n'));
        }
        out.append('\n').append(platform.logs());
        return out.toString();
    }

    private static String describe(Assistant a) {
        StringBuilder out = new StringBuilder("Assistant ").append(a.getMetadata().getName());
        if (a.getStatus() == null) {
            return out.append(": no status yet (is the operator running?)\n").toString();
        }
        out.append(": phase ").append(a.getStatus().getPhase()).append(", qa ")
                .append(Serialization.asJson(a.getStatus().getQa())).append(", runtime ")
                .append(Serialization.asJson(a.getStatus().getRuntime())).append('\n');
        List<Condition> conditions = a.getStatus().getConditions();
        for (Condition c : conditions == null ? List.<Condition>of() : conditions) {
            out.append("  ").append(c.getType()).append('=').append(c.getStatus()).append(' ').append(c.getReason())
                    .append(": ").append(c.getMessage()).append('\n');
        }
        return out.toString();
    }
}
