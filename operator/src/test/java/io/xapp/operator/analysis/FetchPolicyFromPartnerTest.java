package io.xapp.operator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.crawler.fetch.NetworkRange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Site analysis fetches under the partner file's crawl section, as the runtime's crawler does. */
class FetchPolicyFromPartnerTest {

    private static PartnerEnvironment env(String crawl) {
        String yaml = """
                partnerId: acme
                publicBaseUrl: https://assist.acme.example
                tiers: {basic: {channels: [widget]}}
                """ + crawl;
        return PartnerEnvironment.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void publicAddressesOnlyByDefault() {
        var policy = BrandResolver.policy(env(""));
        assertThat(policy.allowLoopback()).isFalse();
        assertThat(policy.allowedNetworks()).isEmpty();
    }

    @Test
    void theNamedNetworksAndNothingElse() {
        var policy = BrandResolver.policy(env("crawl: {allowedNetworks: [10.96.200.200/32], userAgent: Bot/1}\n"));
        assertThat(policy.allowedNetworks()).containsExactly(NetworkRange.parse("10.96.200.200/32"));
        assertThat(policy.allowLoopback()).isFalse();
        assertThat(policy.userAgent()).isEqualTo("Bot/1");
    }
}
