package io.xapp.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.api.v1alpha1.CrawlSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeConfigsTest {

    private static final PartnerEnvironment.Tier TIER = new PartnerEnvironment.Tier(List.of(Channel.WIDGET), 1, 100,
            null, null);

    @Test
    void channelsComeFromTheTierUnlessTheSpecOverrides() {
        AssistantSpec spec = new AssistantSpec();
        assertThat(RuntimeConfigs.channels(spec, TIER)).containsExactly(Channel.WIDGET);
        spec.setChannels(List.of(Channel.SEARCH));
        assertThat(RuntimeConfigs.channels(spec, TIER)).containsExactly(Channel.SEARCH);
    }

    @Test
    void crawlTakesPartnerDefaultsNarrowedByTheTier() {
        var defaults = new PartnerEnvironment.CrawlDefaults("12h", 500, true, null);
        assertThat(RuntimeConfigs.crawl(null, defaults, TIER)).satisfies(c -> {
            assertThat(c.cadence()).isEqualTo("12h");
            assertThat(c.maxPages()).isEqualTo(100);
            assertThat(c.allowLoopback()).isTrue();
        });
        CrawlSpec own = new CrawlSpec();
        own.setMaxPages(20);
        own.setCadence("7d");
        assertThat(RuntimeConfigs.crawl(own, defaults, TIER).maxPages()).isEqualTo(20);
        assertThat(RuntimeConfigs.crawl(own, defaults, TIER).cadence()).isEqualTo("7d");
    }

    @Test
    void theRuntimeTrustsExactlyTheNetworksThePartnerFileNames() {
        assertThat(RuntimeConfigs.crawl(null, PartnerEnvironment.CrawlDefaults.DEFAULT, TIER).allowedNetworks())
                .as("default-deny").isEmpty();
        var kind = new PartnerEnvironment.CrawlDefaults(null, null, false, null, List.of("10.96.200.200/32"));
        assertThat(RuntimeConfigs.crawl(new CrawlSpec(), kind, TIER)).satisfies(c -> {
            assertThat(c.allowedNetworks()).containsExactly("10.96.200.200/32");
            assertThat(c.allowLoopback()).isFalse();
        });
    }

    @Test
    void originsAreTheSiteItsWwwTwinAndTheAssistantsOwn() {
        assertThat(RuntimeConfigs.allowedOrigins("https://www.example.com/about", "https://assist.p.example/ast-a"))
                .containsExactly("https://www.example.com", "https://example.com", "https://assist.p.example");
        assertThat(RuntimeConfigs.allowedOrigins("http://127.0.0.1:8088/", "https://assist.p.example/ast-a"))
                .containsExactly("http://127.0.0.1:8088", "https://assist.p.example");
    }

    @Test
    void theRuntimeLearnsTheInferenceServiceFromThePartnerFileWhenItHasOne() {
        String partner = """
                partnerId: p
                publicBaseUrl: https://assist.p.example
                tiers: {basic: {channels: [widget]}}
                runtime:
                  image: xapp/runtime:1
                  bridgeUrl: http://p-xapp-bridge.ns.svc:8080
                """;
        RuntimeConfig with = config(partner + "  inferenceUrl: http://p-xapp-inference.ns.svc:8080\n");
        assertThat(with.inferenceUrl()).isEqualTo("http://p-xapp-inference.ns.svc:8080");
        assertThat(RuntimeConfig.fromJson(with.toJson()).inferenceUrl()).isEqualTo(with.inferenceUrl());

        RuntimeConfig without = config(partner);
        assertThat(without.inferenceUrl()).isNull();
        assertThat(without.toJson()).as("a release without the service writes configs as before")
                .doesNotContain("inferenceUrl");
    }

    private static RuntimeConfig config(String partnerYaml) {
        PartnerEnvironment env = PartnerEnvironment.parse(new ByteArrayInputStream(partnerYaml.getBytes(
                StandardCharsets.UTF_8)), "test");
        Assistant assistant = new Assistant();
        assistant.getMetadata().setName("ast-a");
        assistant.getMetadata().setNamespace("ns");
        AssistantSpec spec = new AssistantSpec();
        spec.setCustomerId("c-1");
        spec.setWebsite("https://www.example.com/");
        assistant.setSpec(spec);
        return RuntimeConfigs.of(assistant, env, TIER, null, null, List.of(Channel.WIDGET), "rev");
    }
}
