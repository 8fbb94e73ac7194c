package io.xapp.operator.template;

import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.AssistantTemplateSpec.CallToAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the schema cannot check about a template: placeholders the runtime does not fill, and repeated calls to
 * action. Shared by both controllers, so an Assistant never runs with a template its own status calls invalid.
 */
public final class TemplateValidation {

    /** The only placeholder the runtime replaces. */
    public static final String COMPANY = "{company}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    private TemplateValidation() {
    }

    /** Every problem with the template, empty when it is usable. */
    public static List<String> problems(AssistantTemplateSpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec == null) {
            problems.add("spec is missing");
            return problems;
        }
        placeholders("persona", spec.getPersona(), problems);
        placeholders("greeting", spec.getGreeting(), problems);
        placeholders("noContentMessage", spec.getNoContentMessage(), problems);
        if (spec.getCallsToAction() != null) {
            Set<CallToAction.Type> seen = new HashSet<>();
            for (CallToAction cta : spec.getCallsToAction()) {
                if (cta.getType() != null && !seen.add(cta.getType())) {
                    problems.add("callsToAction lists " + cta.getType().name() + " more than once");
                }
            }
        }
        return problems;
    }

    private static void placeholders(String field, String text, List<String> problems) {
        if (text == null) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!COMPANY.equals(m.group())) {
                problems.add(field + " uses the placeholder " + m.group() + "; only " + COMPANY + " is replaced");
            }
        }
    }
}
