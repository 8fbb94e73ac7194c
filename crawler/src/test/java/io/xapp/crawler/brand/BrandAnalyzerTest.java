package io.xapp.crawler.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xapp.crawler.Brand;
import io.xapp.crawler.BrandAnalyzer;
import io.xapp.crawler.Crawlers;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.testsupport.LoopbackServer;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.net.URI;
import org.junit.jupiter.api.Test;

class BrandAnalyzerTest {

    private final BrandAnalyzer analyzer = Crawlers.brandAnalyzer();
    private final FetchPolicy loopback = FetchPolicy.defaults().withAllowLoopback(true);

    @Test
    void readsTheFixtureBrandFromTheHomePageAlone() {
        try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"))) {
            Brand brand = analyzer.analyze(site.baseUri(), loopback);
            assertThat(brand.name().value()).isEqualTo("Brightside Family Dental");
            assertThat(brand.name().source()).isEqualTo("og:site_name");
            assertThat(URI.create(brand.logoUrl().value()).getPath()).isEqualTo("/assets/logo.svg");
            assertThat(brand.themeColor().value()).isEqualTo("#0b7a75");
            assertThat(brand.primaryColor().value()).isEqualTo("#0b7a75");
            assertThat(brand.fontFamily().value()).isEqualTo("Nunito");
            assertThat(site.hits("/assets/css/styles.css")).isEqualTo(1);
            assertThat(site.hits("/site.webmanifest")).isEqualTo(1);
            assertThat(site.hits("/about.html")).isZero();
        }
    }

    @Test
    void fallsBackToWhatTheCssAppliesAndToIcons() {
        try (LoopbackServer site = new LoopbackServer()) {
            site.html("/", "<html><head><title>Acme Plumbing – Fast repairs</title>"
                    + "<link rel=apple-touch-icon href=/touch.png><link rel=icon href=/favicon.ico>"
                    + "<style>body{font:16px/1.5 'Open Sans',sans-serif} .button{background-color:rgb(200,30,40)}"
                    + "h1{color:#224488}</style></head><body><h1>Welcome</h1><a class=button href=/c>Call</a>"
                    + "</body></html>");
            Brand brand = analyzer.analyze(site.url("/"), loopback);
            assertThat(brand.name().value()).isEqualTo("Acme Plumbing");
            assertThat(brand.name().confidence()).isLessThan(0.5);
            assertThat(brand.logoUrl().value()).endsWith("/touch.png");
            assertThat(brand.primaryColor().value()).isEqualTo("#c81e28");
            assertThat(brand.secondaryColor().value()).isEqualTo("#224488");
            assertThat(brand.fontFamily().value()).isEqualTo("Open Sans");
            assertThat(brand.themeColor()).isNull();
        }
    }

    @Test
    void takesAnInlineSvgLogoFromTheHeader() {
        try (LoopbackServer site = new LoopbackServer()) {
            site.html("/", "<html><head><meta property=og:image content=/og.png></head><body><header>"
                    + "<a href=/><svg viewBox='0 0 10 10'><circle r=5 /></svg></a></header></body></html>");
            Brand brand = analyzer.analyze(site.url("/"), loopback);
            assertThat(brand.logoUrl().value()).startsWith("data:image/svg+xml;base64,");
            assertThat(brand.logoUrl().source()).isEqualTo("header logo inline svg");
        }
    }

    @Test
    void failsClearlyWhenTheHomePageCannotBeRead() {
        try (LoopbackServer site = new LoopbackServer()) {
            assertThatThrownBy(() -> analyzer.analyze(site.url("/"), loopback))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_ERROR);
                        assertThat(e.getMessage()).contains("404");
                    });
            assertThatThrownBy(() -> analyzer.analyze(site.url("/"), FetchPolicy.defaults()))
                    .isInstanceOfSatisfying(FetchException.class, e ->
                            assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS));
        }
    }
}
