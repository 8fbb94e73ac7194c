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
 * One website assistant for one partner customer. Created by the bridge from a CreateSubscription
 * event (or by hand), brought to life by the operator, approved by QA, torn down on cancellation.
 */
@Group(Assistant.GROUP)
@Version(Assistant.VERSION)
@Kind("Assistant")
@Singular("assistant")
@Plural("assistants")
@ShortNames({"ast"})
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Website", jsonPath = ".spec.website", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Tier", jsonPath = ".spec.tier", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Checks", jsonPath = ".status.qa.checkRun.summary", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "QA", jsonPath = ".status.qa.state", type = AdditionalPrinterColumn.Type.STRING, priority = 1)
@AdditionalPrinterColumn(name = "Customer", jsonPath = ".spec.customerId", type = AdditionalPrinterColumn.Type.STRING, priority = 1)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
@JsonClassDescription("A branded website assistant for one partner customer, from subscription through QA approval to cancellation.")
public class Assistant extends CustomResource<AssistantSpec, AssistantStatus> implements Namespaced {

    public static final String GROUP = "xapp.io";
    public static final String VERSION = "v1alpha1";

    @Override
    protected AssistantStatus initStatus() {
        return new AssistantStatus();
    }

    // Overridden only to carry the descriptions kubectl explain shows for spec and status.
    @Override
    @JsonPropertyDescription("What the partner bought for one customer: website, tier, template, and optional channel, crawl, branding and cancellation settings.")
    public AssistantSpec getSpec() {
        return super.getSpec();
    }

    @Override
    @JsonPropertyDescription("What the operator observed and did; notifications are written by the bridge.")
    public AssistantStatus getStatus() {
        return super.getStatus();
    }
}
