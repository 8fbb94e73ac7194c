package io.xapp.operator.template;

import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandingSpec;

/** The template as one Assistant runs it: the shared template with the Assistant's own greeting, if it has one. */
public final class EffectiveTemplate {

    private EffectiveTemplate() {
    }

    public static AssistantTemplateSpec of(AssistantTemplateSpec template, BrandingSpec branding) {
        if (branding == null || branding.getGreeting() == null) {
            return template;
        }
        AssistantTemplateSpec copy = new AssistantTemplateSpec();
        copy.setDisplayName(template.getDisplayName());
        copy.setPersona(template.getPersona());
        copy.setGreeting(branding.getGreeting());
        copy.setNoContentMessage(template.getNoContentMessage());
        copy.setSuggestedQuestions(template.getSuggestedQuestions());
        copy.setCallsToAction(template.getCallsToAction());
        copy.setWidget(template.getWidget());
        copy.setSearch(template.getSearch());
        copy.setVocabulary(template.getVocabulary());
        return copy;
    }
}
