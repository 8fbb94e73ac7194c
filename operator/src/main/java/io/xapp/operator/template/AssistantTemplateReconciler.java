package io.xapp.operator.template;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantTemplate;
import io.xapp.api.v1alpha1.AssistantTemplateStatus;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.Conditions;
import io.xapp.operator.status.OperatorMetrics;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Checks each AssistantTemplate and counts the Assistants that use it. */
@ControllerConfiguration(name = AssistantTemplateReconciler.NAME)
public class AssistantTemplateReconciler implements Reconciler<AssistantTemplate> {

    public static final String NAME = "assistanttemplate";

    private final Clock clock;
    private final OperatorMetrics metrics;

    @Inject
    public AssistantTemplateReconciler(Clock clock, OperatorMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public List<EventSource<?, AssistantTemplate>> prepareEventSources(
            EventSourceContext<AssistantTemplate> context) {
        return List.of(TemplateLinks.assistantsOfTemplates(context));
    }

    @Override
    public UpdateControl<AssistantTemplate> reconcile(AssistantTemplate template,
            Context<AssistantTemplate> context) {
        var sample = metrics.startTimer();
        boolean success = false;
        try {
            AssistantTemplateStatus before = template.getStatus() == null ? new AssistantTemplateStatus()
                    : template.getStatus();
            AssistantTemplateStatus next = statusOf(template, context.getSecondaryResources(Assistant.class).size(),
                    before);
            if (!next.equals(before)) {
                AssistantTemplate fresh = new AssistantTemplate();
                fresh.getMetadata().setName(template.getMetadata().getName());
                fresh.getMetadata().setNamespace(template.getMetadata().getNamespace());
                fresh.setStatus(next);
                PrimaryUpdateAndCacheUtils.ssaPatchStatusAndCacheResource(template, fresh, context);
            }
            success = true;
            return UpdateControl.noUpdate();
        } finally {
            metrics.reconciled(sample, NAME, success);
        }
    }

    private AssistantTemplateStatus statusOf(AssistantTemplate template, int usedBy, AssistantTemplateStatus before) {
        long generation = template.getMetadata().getGeneration();
        Conditions conditions = Conditions.from(before.getConditions(), generation, clock.instant());
        List<String> problems = TemplateValidation.problems(template.getSpec());
        if (problems.isEmpty()) {
            conditions.setTrue(ConditionType.Ready, "Valid", "The template is valid");
        } else {
            conditions.setFalse(ConditionType.Ready, "Invalid", "The template cannot be used: "
                    + String.join("; ", problems) + ". Assistants naming it wait until it is fixed.");
        }
        AssistantTemplateStatus next = new AssistantTemplateStatus();
        next.setObservedGeneration(generation);
        next.setConditions(conditions.toList());
        next.setUsedBy(usedBy);
        return next;
    }
}
