package io.xapp.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SiteScopeTest {

    private final SiteScope site = SiteScope.of(URI.create("https://example.com/"));

    @Test
    void wwwAndBareHostAreOneSite() {
        assertThat(site.contains(URI.create("https://www.example.com/a"))).isTrue();
        assertThat(site.canonicalHost(URI.create("https://www.example.com/a?b=1")))
                .isEqualTo(URI.create("https://example.com/a?b=1"));
        assertThat(SiteScope.of(URI.create("https://www.example.com/")).canonicalHost(URI.create("https://example.com/x")))
                .isEqualTo(URI.create("https://www.example.com/x"));
    }

    @Test
    void otherSchemesPortsAndHostsAreOtherSites() {
        assertThat(site.contains(URI.create("http://example.com/a"))).isFalse();
        assertThat(site.contains(URI.create("https://example.com:8443/a"))).isFalse();
        assertThat(site.contains(URI.create("https://shop.example.com/a"))).isFalse();
        assertThat(site.contains(URI.create("https://example.com.evil.net/a"))).isFalse();
        assertThat(site.contains(URI.create("https://example.com:443/a"))).isTrue();
    }

    @Test
    void pathGlobs() {
        assertThat(PathGlob.of("/services/**").matches("/services/a/b.html")).isTrue();
        assertThat(PathGlob.of("/blog/*.html").matches("/blog/a.html")).isTrue();
        assertThat(PathGlob.of("/blog/*.html").matches("/blog/2024/a.html")).isFalse();
    }
}
