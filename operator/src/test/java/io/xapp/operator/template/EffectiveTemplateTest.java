package io.xapp.operator.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandingSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Assistant's own greeting replaces the template's; everything else of the template reaches the runtime. */
class EffectiveTemplateTest {

    @Test
    void theAssistantsGreetingReplacesTheTemplatesAndTheRestIsKept() {
        AssistantTemplateSpec template = new AssistantTemplateSpec();
        template.setDisplayName("Healthcare");
        template.setGreeting("Hello from {company}");
        template.setSuggestedQuestions(List.of("Are you open on Saturdays?"));
        template.setVocabulary(List.of("laughing gas => nitrous oxide"));
        BrandingSpec branding = new BrandingSpec();
        branding.setGreeting("Welcome to Brightside!");

        AssistantTemplateSpec effective = EffectiveTemplate.of(template, branding);

        AssistantTemplateSpec expected = new AssistantTemplateSpec();
        expected.setDisplayName("Healthcare");
        expected.setGreeting("Welcome to Brightside!");
        expected.setSuggestedQuestions(List.of("Are you open on Saturdays?"));
        expected.setVocabulary(List.of("laughing gas => nitrous oxide"));
        assertThat(effective).isEqualTo(expected);
        assertThat(template.getGreeting()).as("the shared template is not changed").isEqualTo("Hello from {company}");
    }
}
