package io.xapp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xapp.api.v1alpha1.CustomerNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerNamesTest {

    private static final String DNS_1035 = "^[a-z]([-a-z0-9]*[a-z0-9])?$";

    @ParameterizedTest
    @ValueSource(strings = {"3E7E87CB-447B-A150", "partner_customer_id", "Ünïcödé Cafe & Bar", "---", "42",
            "a very long customer identifier that goes on and on and on beyond any label limit at all"})
    void namesAreValidDnsLabelsWithRoomForASuffix(String id) {
        String name = CustomerNames.assistantName(id);
        assertThat(name).matches(DNS_1035).hasSizeLessThanOrEqualTo(55);
        assertThat(CustomerNames.labelValue(id)).matches("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")
                .hasSizeLessThanOrEqualTo(63);
    }

    @Test
    void namesAreStableAndReadable() {
        assertThat(CustomerNames.assistantName("3E7E87CB-447B-A150"))
                .isEqualTo(CustomerNames.assistantName("3E7E87CB-447B-A150"))
                .startsWith("ast-3e7e87cb-447b-a150-");
    }

    @Test
    void idsThatSlugAlikeStillGetDistinctNames() {
        assertThat(CustomerNames.assistantName("ACME")).isNotEqualTo(CustomerNames.assistantName("acme"));
        assertThat(CustomerNames.assistantName("a b")).isNotEqualTo(CustomerNames.assistantName("a-b"));
        assertThat(CustomerNames.labelValue("a b")).isNotEqualTo(CustomerNames.labelValue("a-b"));
    }

    @Test
    void labelKeepsAValidIdAsIs() {
        assertThat(CustomerNames.labelValue("3E7E87CB-447B-A150")).isEqualTo("3E7E87CB-447B-A150");
    }

    @Test
    void emptyIdIsRefused() {
        assertThatThrownBy(() -> CustomerNames.assistantName(" ")).hasMessageContaining("must not be empty");
    }
}
