package io.xapp.bridge.testing;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.CustomerClaims;

/** Assistants as a person applies them with kubectl: a name of their choosing, labelled as the operator keeps it. */
public final class ByHand {

    private ByHand() {
    }

    public static Assistant assistant(String name, String customerId, String tier) {
        AssistantSpec spec = new AssistantSpec();
        spec.setCustomerId(customerId);
        spec.setCompanyName("Made by hand");
        spec.setWebsite("https://www.example.com/");
        spec.setTier(tier);
        spec.setContractLengthMonths(12);
        spec.setTemplate("local-business");
        Assistant a = new Assistant();
        a.getMetadata().setName(name);
        a.getMetadata().setLabels(CustomerClaims.selector(customerId));
        a.setSpec(spec);
        return a;
    }
}
