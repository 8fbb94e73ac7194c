package io.xapp.operator.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.crawler.fetch.Fetcher;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The logo check against the dental fixture served on loopback, with a few broken logos added to it. */
class LogoCheckTest {

    private static StaticSite site;
    private static Fetcher fetcher;

    @BeforeAll
    static void serve() throws IOException {
        site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
        site.addPage("/assets/tiny.png", "image/png", png(16, 16));
        site.addPage("/assets/banner.png", "image/png", png(900, 60));
        site.addPage("/assets/broken.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        site.addPage("/assets/not-a-logo.html", "<!doctype html><title>Oops</title>");
        fetcher = new Fetcher(2);
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        site.close();
    }

    private static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static CheckOutcome check(String logoPath) {
        BrandStatus brand = new BrandStatus();
        brand.setLogoUrl(logoPath == null ? null : site.uri(logoPath).toString());
        CheckTarget target = Targets.of(site.baseUri(), site.baseUri(), brand, "rev1");
        return new LogoCheck().run(new CheckContext(target, null, null, fetcher));
    }

    @Test
    void theFixturesSvgLogoPasses() {
        CheckOutcome o = check("/assets/logo.svg");
        assertThat(o.result()).isEqualTo(Result.Passed);
        assertThat(o.message()).contains("(SVG, ", "loads and decodes");
    }

    @Test
    void aPngIconOfAGoodSizePasses() {
        CheckOutcome o = check("/assets/icon-192.png");
        assertThat(o.result()).isEqualTo(Result.Passed);
        assertThat(o.message()).contains("PNG, 192x192 px");
    }

    @Test
    void aMissingLogoFailsWithTheStatus() {
        CheckOutcome o = check("/assets/missing-logo.png");
        assertThat(o.result()).isEqualTo(Result.Failed);
        assertThat(o.message()).contains("missing-logo.png answers HTTP 404", "spec.branding.logoUrl");
    }

    @Test
    void aPageOrBrokenBytesAreNoLogo() {
        assertThat(check("/assets/not-a-logo.html").message()).contains("is a text/html page, not an image");
        CheckOutcome broken = check("/assets/broken.png");
        assertThat(broken.result()).isEqualTo(Result.Failed);
        assertThat(broken.message()).contains("does not decode as an image");
    }

    @Test
    void oddSizesWarn() {
        assertThat(check("/assets/tiny.png").message()).contains("16x16 px", "smaller than 32 px");
        assertThat(check("/assets/banner.png").message()).contains("900x60 px", "more than 8 times as wide");
        assertThat(check("/assets/tiny.png").result()).isEqualTo(Result.Warning);
    }

    @Test
    void noLogoAtAllWarns() {
        CheckOutcome o = check(null);
        assertThat(o.result()).isEqualTo(Result.Warning);
        assertThat(o.message()).contains("No logo was detected", "company name instead");
    }
}
