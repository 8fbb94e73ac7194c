package io.xapp.operator.runtime;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.XappMetadata;
import java.util.Map;
import java.util.TreeMap;

/** The labels on everything made for an Assistant (docs/contracts.md, "Names, labels, annotations"). */
public final class RuntimeLabels {

    public static final String MANAGED_BY = "xapp-operator";
    /** Informers of the runtime's resources see only what this operator made, not every Secret in the namespace. */
    public static final String MANAGED_BY_SELECTOR = XappMetadata.MANAGED_BY_LABEL + "=" + MANAGED_BY;
    public static final String COMPONENT = "runtime";

    private RuntimeLabels() {
    }

    /** Customer, assistant, part-of and managed-by: on every resource made for the Assistant. */
    public static Map<String, String> of(Assistant assistant) {
        Map<String, String> labels = new TreeMap<>(customer(assistant));
        labels.put(XappMetadata.PART_OF_LABEL, XappMetadata.PART_OF_VALUE);
        labels.put(XappMetadata.MANAGED_BY_LABEL, MANAGED_BY);
        return labels;
    }

    /** The two labels that identify one customer's resources; teardown selects by them. */
    public static Map<String, String> customer(Assistant assistant) {
        return Map.of(XappMetadata.CUSTOMER_ID_LABEL, CustomerNames.labelValue(assistant.getSpec().getCustomerId()),
                XappMetadata.ASSISTANT_LABEL, assistant.getMetadata().getName());
    }

    /** Selects the runtime's Pods; fixed for the Deployment's life, since a Deployment selector is immutable. */
    static Map<String, String> podSelector(String assistantName) {
        return Map.of(XappMetadata.ASSISTANT_LABEL, assistantName, XappMetadata.COMPONENT_LABEL, COMPONENT);
    }
}
