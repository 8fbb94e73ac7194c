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
    void aUrlOfThisSiteIsFoundHoweverItsSchemeAndPortAreSpelled() {
        SiteScope local = SiteScope.of(URI.create("http://127.0.0.1:8080/"));
        assertThat(local.onSite(URI.create("https://127.0.0.1/rooms?view=all")))
                .contains(URI.create("http://127.0.0.1:8080/rooms?view=all"));
        assertThat(site.onSite(URI.create("http://www.example.com"))).contains(URI.create("https://example.com/"));
        assertThat(local.onSite(URI.create("https://www.ospreypointinn.example/rooms"))).isEmpty();
        assertThat(site.onSite(URI.create("https://example.com.evil.net/a"))).isEmpty();
    }

    @Test
    void linksToTheDomainTheSitesPagesNameAreReadOnTheAddressItIsServedAt() {
        SiteScope local = SiteScope.of(URI.create("http://127.0.0.1:8080/"));
        SiteScope named = local.namingItself(URI.create("https://www.fence.example/"));
        assertThat(named.ownAddress(URI.create("https://fence.example/faq?x=1")))
                .isEqualTo(URI.create("http://127.0.0.1:8080/faq?x=1"));
        assertThat(named.ownAddress(URI.create("https://other.example/faq")))
                .isEqualTo(URI.create("https://other.example/faq"));
        assertThat(local.ownAddress(URI.create("https://fence.example/faq")))
                .isEqualTo(URI.create("https://fence.example/faq"));
        assertThat(site.namingItself(URI.create("https://www.example.com/"))).isSameAs(site);
        assertThat(site.namingItself(URI.create("mailto:hello@example.org"))).isSameAs(site);
        assertThat(named.contains(URI.create("https://fence.example/faq"))).as("never fetched").isFalse();
    }

    @Test
    void pathGlobs() {
        assertThat(PathGlob.of("/services/**").matches("/services/a/b.html")).isTrue();
        assertThat(PathGlob.of("/blog/*.html").matches("/blog/a.html")).isTrue();
        assertThat(PathGlob.of("/blog/*.html").matches("/blog/2024/a.html")).isFalse();
    }
}
