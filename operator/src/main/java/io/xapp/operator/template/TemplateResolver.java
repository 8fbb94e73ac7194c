package io.xapp.operator.template;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantTemplate;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.util.List;
import java.util.Optional;

/** Finds the template an Assistant names; a missing or invalid one holds the Assistant with a clear condition. */
public final class TemplateResolver {

    public static final String RESOLVED = "Resolved";
    public static final String NOT_FOUND = "TemplateNotFound";
    public static final String INVALID = "TemplateInvalid";

    private TemplateResolver() {
    }

    public static Optional<AssistantTemplateSpec> resolve(Assistant assistant, Context<Assistant> context,
            StatusDraft draft) {
        String name = assistant.getSpec().getTemplate();
        String namespace = assistant.getMetadata().getNamespace();
        Optional<AssistantTemplate> template = context.getSecondaryResource(AssistantTemplate.class);
        if (template.isEmpty()) {
            draft.conditions().setFalse(ConditionType.TemplateResolved, NOT_FOUND, "AssistantTemplate " + name
                    + " does not exist in namespace " + namespace + "; create it there (kubectl get "
                    + "assistanttemplates -n " + namespace + " lists the ones that exist) or change spec.template. "
                    + "The assistant continues as soon as it exists.");
            return Optional.empty();
        }
        List<String> problems = TemplateValidation.problems(template.get().getSpec());
        if (!problems.isEmpty()) {
            draft.conditions().setFalse(ConditionType.TemplateResolved, INVALID, "AssistantTemplate " + name
                    + " cannot be used: " + String.join("; ", problems) + "; fix the template");
            return Optional.empty();
        }
        draft.conditions().setTrue(ConditionType.TemplateResolved, RESOLVED, "Using AssistantTemplate " + name);
        return Optional.of(template.get().getSpec());
    }
}
