package io.xapp.e2e.support;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.BrandingSpec;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.XappMetadata;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Assistants made as an integrator would with kubectl: named and labelled by the contract's rule, tier growth. */
public final class AssistantsByHand {

    private AssistantsByHand() {
    }

    /** Creates the Assistant of {@code customerId}; {@code branding} sets QA's overrides (spec.branding). */
    public static Assistant create(KubernetesClient client, String customerId, String company, URI website,
            String template, Consumer<BrandingSpec> branding) {
        AssistantSpec spec = new AssistantSpec();
        spec.setCustomerId(customerId);
        spec.setCompanyName(company);
        spec.setWebsite(website.toString());
        spec.setTier("growth");
        spec.setContractLengthMonths(12);
        spec.setTemplate(template);
        BrandingSpec b = new BrandingSpec();
        branding.accept(b);
        spec.setBranding(b);
        Assistant a = new Assistant();
        a.getMetadata().setName(CustomerNames.assistantName(customerId));
        a.getMetadata().setLabels(new HashMap<>(Map.of(XappMetadata.CUSTOMER_ID_LABEL,
                CustomerNames.labelValue(customerId))));
        a.setSpec(spec);
        return client.resource(a).create();
    }
}
