package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * How an assistant talks and what it offers: persona, greeting, suggested questions, calls to action, widget
 * layout. The chart ships the built-in templates; partners may add their own.
 */
@Group(Assistant.GROUP)
@Version(Assistant.VERSION)
@Kind("AssistantTemplate")
@Singular("assistanttemplate")
@Plural("assistanttemplates")
@ShortNames({"asttpl"})
@AdditionalPrinterColumn(name = "Display Name", jsonPath = ".spec.displayName", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Ready", jsonPath = ".status.conditions[?(@.type==\"Ready\")].status", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
@JsonClassDescription("A reusable assistant design: persona, greeting, suggested questions, calls to action, widget layout.")
public class AssistantTemplate extends CustomResource<AssistantTemplateSpec, AssistantTemplateStatus>
        implements Namespaced {

    @Override
    protected AssistantTemplateStatus initStatus() {
        return new AssistantTemplateStatus();
    }

    // Overridden only to carry the descriptions kubectl explain shows for spec and status.
    @Override
    @JsonPropertyDescription("Persona, greeting, suggested questions, calls to action and channel settings shared by the assistants that name this template.")
    public AssistantTemplateSpec getSpec() {
        return super.getSpec();
    }

    @Override
    @JsonPropertyDescription("Whether the template is valid and how many assistants use it.")
    public AssistantTemplateStatus getStatus() {
        return super.getStatus();
    }
}
