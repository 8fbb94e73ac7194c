package io.xapp.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {

    private static final URI BASE = URI.create("https://example.com/dir/page.html");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/a#section | https://example.com/a",
            "HTTPS://EXAMPLE.COM:443/A | https://example.com/A",
            "http://Example.com:80/ | http://example.com/",
            "https://example.com:8443/x | https://example.com:8443/x",
            "https://example.com | https://example.com/",
            "../up/./x.html | https://example.com/up/x.html",
            "/a/b/../../c | https://example.com/c",
            "/../../etc | https://example.com/etc",
            "other.html | https://example.com/dir/other.html",
            "?q=1 | https://example.com/dir/page.html?q=1",
            "/p?utm_source=news&id=7&utm_campaign=x | https://example.com/p?id=7",
            "/p?gclid=abc&fbclid=def&msclkid=1 | https://example.com/p",
            "/p?id=7&mc_cid=1&_ga=2 | https://example.com/p?id=7",
            "/my page.html | https://example.com/my%20page.html",
            "/caf\u00e9 | https://example.com/caf%C3%A9",
            "/%7euser/%2f | https://example.com/~user/%2F",
            "//cdn.example.org/x | https://cdn.example.org/x",
            "https://example.com./x | https://example.com/x",
            "https://user:pw@example.com/x | https://example.com/x",
    })
    void normalises(String href, String expected) {
        assertThat(UrlNormalizer.resolve(BASE, href)).contains(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:a@b.c", "tel:+1555", "javascript:void(0)", "#top", "", "  ", "ftp://x/y",
            "data:text/html,hi", "http://"})
    void skipsNonWebLinks(String href) {
        assertThat(UrlNormalizer.resolve(BASE, href)).isEmpty();
    }
}
