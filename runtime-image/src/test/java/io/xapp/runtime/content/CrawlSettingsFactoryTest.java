package io.xapp.runtime.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.crawler.fetch.NetworkRange;
import io.xapp.runtime.config.RuntimeSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator's crawl section (config.json) is what the runtime's crawler enforces. */
class CrawlSettingsFactoryTest {

    private static RuntimeSettings settings(String crawlJson) {
        RuntimeConfig config = RuntimeConfig.fromJson("""
                {"website": "http://site.example/", "crawl": %s}""".formatted(crawlJson));
        return new RuntimeSettings(config, null, URI.create("http://site.example/"), Optional.empty(),
                Path.of("/tmp"), List.of(), null, null, null, null, Optional.empty());
    }

    @Test
    void publicAddressesOnlyUnlessTheConfigNamesNetworks() {
        var fetch = CrawlSettingsFactory.of(settings("{\"maxPages\": 5}")).fetch();
        assertThat(fetch.allowedNetworks()).isEmpty();
        assertThat(fetch.allowLoopback()).isFalse();
    }

    @Test
    void theRuntimeCrawlsWithoutPageText() {
        assertThat(CrawlSettingsFactory.of(settings("{\"maxPages\": 5}")).keepPageText()).isFalse();
        assertThat(CrawlSettingsFactory.of(settings("null")).keepPageText()).isFalse();
    }

    @Test
    void theNetworksOfTheConfigWithTheUserAgent() {
        var fetch = CrawlSettingsFactory.of(settings("""
                {"maxPages": 5, "userAgent": "Bot/2", "allowedNetworks": ["10.96.200.200/32"]}""")).fetch();
        assertThat(fetch.allowedNetworks()).containsExactly(NetworkRange.parse("10.96.200.200/32"));
        assertThat(fetch.userAgent()).isEqualTo("Bot/2");
    }

    @Test
    void anInvalidNetworkIsNamed() {
        assertThatThrownBy(() -> CrawlSettingsFactory.of(settings("{\"allowedNetworks\": [\"0.0.0.0/0\"]}")))
                .hasMessageContaining("allowed network '0.0.0.0/0' is invalid");
    }
}
