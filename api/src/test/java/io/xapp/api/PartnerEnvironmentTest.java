package io.xapp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xapp.api.partner.InvalidPartnerEnvironmentException;
import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.time.Durations;
import io.xapp.api.v1alpha1.Channel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PartnerEnvironmentTest {

    private static PartnerEnvironment parse(String yaml) {
        return PartnerEnvironment.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void readsTiersAndAppliesDefaults() {
        PartnerEnvironment env = parse("""
                partnerId: acme
                publicBaseUrl: https://assist.acme.example/
                runtime: {image: xapp/runtime:1}
                tiers:
                  basic: {channels: [widget]}
                  pro: {channels: [widget, search], replicas: 2, maxPages: 1000}
                bridge: {ignored: here}
                """);
        assertThat(env.tier("pro")).get().satisfies(t -> {
            assertThat(t.channels()).containsExactly(Channel.WIDGET, Channel.SEARCH);
            assertThat(t.replicas()).isEqualTo(2);
        });
        assertThat(env.tier("basic").orElseThrow().maxPages()).isEqualTo(200);
        assertThat(env.tier("gold")).isEmpty();
        assertThat(env.assistantUrl("ast-x")).isEqualTo("https://assist.acme.example/ast-x");
        assertThat(env.qa().group()).isEqualTo("xapp:qa");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> parse("""
                publicBaseUrl: not a url
                tiers:
                  basic: {channels: []}
                """))
                .isInstanceOf(InvalidPartnerEnvironmentException.class)
                .hasMessageContaining("partnerId is required")
                .hasMessageContaining("publicBaseUrl must be an absolute http(s) URL")
                .hasMessageContaining("tier basic needs at least one channel");
    }

    @Test
    void theCrawlerTrustsNoExtraNetworkUnlessNamed() {
        String base = """
                partnerId: acme
                publicBaseUrl: https://a.example
                tiers: {basic: {channels: [widget]}}
                """;
        assertThat(parse(base).crawl().allowedNetworks()).isEmpty();
        assertThat(parse(base).crawl().allowLoopback()).isFalse();
        assertThat(parse(base + "crawl: {allowedNetworks: [10.96.200.200/32, 172.18.0.0/16, 'fd00:10::/64']}\n")
                .crawl().allowedNetworks()).containsExactly("10.96.200.200/32", "172.18.0.0/16", "fd00:10::/64");
    }

    @Test
    void allowedNetworksMustBeNetworksThatLeaveTheGuardOn() {
        assertThatThrownBy(() -> parse("""
                partnerId: acme
                publicBaseUrl: https://a.example
                tiers: {basic: {channels: [widget]}}
                crawl: {allowedNetworks: [site.e2e.svc.cluster.local, 0.0.0.0/0, 10.0.0.0/33]}
                """))
                .isInstanceOf(InvalidPartnerEnvironmentException.class)
                .hasMessageContaining("'site.e2e.svc.cluster.local' is not a network in CIDR notation")
                .hasMessageContaining("'0.0.0.0/0' would let the crawler reach every address")
                .hasMessageContaining("'10.0.0.0/33' is not a network");
    }

    @Test
    void unknownChannelIsNamed() {
        assertThatThrownBy(() -> parse("""
                partnerId: acme
                publicBaseUrl: https://a.example
                tiers: {basic: {channels: [sms]}}
                """)).hasMessageContaining("tiers").hasMessageContaining("sms");
    }

    @Test
    void durations() {
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("write it like");
    }

    @Test
    void theInferenceServiceIsOptionalAndMustBeAUrl() {
        String base = """
                partnerId: acme
                publicBaseUrl: https://a.example
                tiers: {basic: {channels: [widget]}}
                """;
        assertThat(parse(base).runtime().inferenceUrl()).as("none by default").isNull();
        assertThat(parse(base + "runtime: {image: x, inferenceUrl: 'http://acme-xapp-inference.ns.svc:8080'}\n")
                .runtime().inferenceUrl()).isEqualTo("http://acme-xapp-inference.ns.svc:8080");
        assertThatThrownBy(() -> parse(base + "runtime: {image: x, inferenceUrl: 'acme-xapp-inference:8080'}\n"))
                .hasMessageContaining("runtime.inferenceUrl must be an absolute http(s) URL");
    }
}
