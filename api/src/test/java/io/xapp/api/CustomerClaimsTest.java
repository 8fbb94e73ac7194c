package io.xapp.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.AssistantStatus;
import io.xapp.api.v1alpha1.CustomerClaims;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerClaimsTest {

    private static Assistant assistant(String name, String customerId, String created) {
        Assistant a = new Assistant();
        a.getMetadata().setName(name);
        a.getMetadata().setCreationTimestamp(created);
        AssistantSpec spec = new AssistantSpec();
        spec.setCustomerId(customerId);
        a.setSpec(spec);
        return a;
    }

    @Test
    void theOldestAssistantOfTheCustomerHoldsIt() {
        Assistant kubectl = assistant("brightside-dental", "brightside-0042", "2026-11-28T09:00:00Z");
        Assistant later = assistant("ast-brightside-0042-74553d3c90", "brightside-0042", "2026-11-28T09:05:00Z");
        Assistant other = assistant("aaa-older-other-customer", "acme-0007", "2026-01-01T00:00:00Z");
        assertThat(CustomerClaims.holder(List.of(later, other, kubectl), "brightside-0042")).containsSame(kubectl);
        assertThat(CustomerClaims.holder(List.of(other), "brightside-0042")).isEmpty();
    }

    @Test
    void withinTheSameSecondTheNameDecidesAndOneNotYetCreatedComesLast() {
        Assistant b = assistant("b", "c-1", "2026-11-28T09:00:00Z");
        Assistant a = assistant("a", "c-1", "2026-11-28T09:00:00Z");
        Assistant unsaved = assistant("0", "c-1", null);
        assertThat(CustomerClaims.holder(List.of(unsaved, b, a), "c-1")).containsSame(a);
    }

    @Test
    void withinTheSameSecondAnAssistantAlreadyProvisionedKeepsItsCustomer() {
        Assistant holding = assistant("brightside-dental", "c-1", "2026-11-28T09:00:00Z");
        holding.setStatus(new AssistantStatus());
        holding.getStatus().setPhase(Phase.AwaitingQA);
        Assistant copy = assistant("brightside-copy", "c-1", "2026-11-28T09:00:00Z");
        assertThat(CustomerClaims.holder(List.of(copy, holding), "c-1")).containsSame(holding);

        Assistant older = assistant("zz-older", "c-1", "2026-11-28T08:59:59Z");
        assertThat(CustomerClaims.holder(List.of(copy, holding, older), "c-1"))
                .as("a second older still wins: the rule stays the oldest").containsSame(older);
    }

    @Test
    void theSpecDecidesNotTheLabel() {
        Assistant mislabelled = assistant("mislabelled", "someone-else", "2026-01-01T00:00:00Z");
        mislabelled.getMetadata().setLabels(CustomerClaims.selector("c-1"));
        Assistant real = assistant("real", "c-1", "2026-06-01T00:00:00Z");
        assertThat(CustomerClaims.holder(List.of(mislabelled, real), "c-1")).containsSame(real);
        assertThat(CustomerClaims.selector("Customer/7 Ünïcode"))
                .containsOnlyKeys(XappMetadata.CUSTOMER_ID_LABEL);
    }
}
