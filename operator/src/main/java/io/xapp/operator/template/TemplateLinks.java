package io.xapp.operator.template;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.xapp.api.kube.TrimmedItemStore;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.AssistantTemplate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assistants name their template by {@code spec.template}; there is no owner reference either way. These event
 * sources follow the name: a template that appears or changes wakes the Assistants that name it, and an Assistant
 * that appears or changes updates its template's count of users.
 */
public final class TemplateLinks {

    private static final String BY_TEMPLATE = "xapp.io/by-template";

    private TemplateLinks() {
    }

    /** For the Assistant controller: the AssistantTemplate each Assistant names. */
    public static InformerEventSource<AssistantTemplate, Assistant> templatesOfAssistants(
            EventSourceContext<Assistant> context) {
        context.getPrimaryCache().addIndexer(BY_TEMPLATE, a -> List.of(key(a.getMetadata().getNamespace(),
                a.getSpec().getTemplate())));
        var config = InformerEventSourceConfiguration.from(AssistantTemplate.class, Assistant.class)
                .withName("templates")
                .withNamespacesInheritedFromController()
                .withPrimaryToSecondaryMapper((Assistant a) -> Set.of(templateOf(a)))
                .withSecondaryToPrimaryMapper(template -> context.getPrimaryCache()
                        .byIndex(BY_TEMPLATE, key(template.getMetadata().getNamespace(),
                                template.getMetadata().getName()))
                        .stream().map(ResourceID::fromResource).collect(Collectors.toSet()))
                .build();
        return new InformerEventSource<>(config, context);
    }

    /** For the AssistantTemplate controller: the Assistants that name each template. */
    static InformerEventSource<Assistant, AssistantTemplate> assistantsOfTemplates(
            EventSourceContext<AssistantTemplate> context) {
        var config = InformerEventSourceConfiguration.from(Assistant.class, AssistantTemplate.class)
                .withName("assistants")
                .withNamespacesInheritedFromController()
                .withSecondaryToPrimaryMapper(a -> Set.of(templateOf(a)))
                // The template controller counts its Assistants and nothing more: a second full copy of every
                // Assistant (the Assistant controller holds one) would double the largest cache for a count.
                .withItemStore(new TrimmedItemStore<>(TemplateLinks::reference))
                .build();
        return new InformerEventSource<>(config, context);
    }

    /** An Assistant as far as the template controller needs it: who it is and which template it names. */
    static Assistant reference(Assistant assistant) {
        ObjectMeta m = assistant.getMetadata();
        Assistant reference = new Assistant();
        reference.setMetadata(new ObjectMetaBuilder().withName(m.getName()).withNamespace(m.getNamespace())
                .withUid(m.getUid()).withResourceVersion(m.getResourceVersion()).withGeneration(m.getGeneration())
                .build());
        AssistantSpec spec = new AssistantSpec();
        spec.setTemplate(assistant.getSpec().getTemplate());
        reference.setSpec(spec);
        return reference;
    }

    private static ResourceID templateOf(Assistant assistant) {
        return new ResourceID(assistant.getSpec().getTemplate(), assistant.getMetadata().getNamespace());
    }

    private static String key(String namespace, String template) {
        return namespace + "/" + template;
    }
}
