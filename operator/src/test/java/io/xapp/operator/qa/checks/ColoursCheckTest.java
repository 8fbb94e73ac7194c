package io.xapp.operator.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.operator.qa.checks.WcagContrast.Rgb;
import org.junit.jupiter.api.Test;

class ColoursCheckTest {

    private static BrandStatus brand(String primary, String accent, String theme) {
        BrandStatus b = new BrandStatus();
        b.setPrimaryColor(primary);
        b.setAccentColor(accent);
        b.setThemeColor(theme);
        return b;
    }

    @Test
    void contrastIsWcag2() {
        assertThat(WcagContrast.contrast(WcagContrast.WHITE, new Rgb(0, 0, 0))).isEqualTo(21.0);
        assertThat(WcagContrast.contrast(new Rgb(0x76, 0x76, 0x76), WcagContrast.WHITE)).isBetween(4.54, 4.55);
    }

    @Test
    void theDentalFixturesPalettePasses() {
        CheckOutcome o = ColoursCheck.judge(brand("#0b7a75", "#f2a541", "#0b7a75"));
        assertThat(o.result()).isEqualTo(Result.Passed);
        assertThat(o.message()).contains("header: primaryColor #0b7a75 with white text", "buttons: accentColor "
                + "#f2a541 with dark text", "links: primaryColor #0b7a75 on white");
    }

    @Test
    void aMidGreyFailsWithEitherTextAndTheCheckSaysWhatTheWidgetUsesInstead() {
        CheckOutcome o = ColoursCheck.judge(brand("#808080", "#0b7a75", null));
        assertThat(o.result()).isEqualTo(Result.Warning);
        assertThat(o.message()).contains("header: primaryColor #808080 reaches 3.9:1 with white text and 4.4:1 with "
                        + "dark text, under 4.5:1; the widget draws it as ",
                "links: primaryColor #808080 on white is 3.9:1, under 4.5:1; the widget draws links in ",
                "spec.branding");
        Rgb drawn = WcagContrast.readableScheme(new Rgb(128, 128, 128)).background();
        assertThat(WcagContrast.contrast(drawn, WcagContrast.INK)).isGreaterThanOrEqualTo(WcagContrast.AA);
        assertThat(o.message()).contains("as " + drawn.hex() + " behind dark text");
    }

    @Test
    void withoutBrandColoursTheWidgetsDefaultIsNamed() {
        CheckOutcome o = ColoursCheck.judge(new BrandStatus());
        assertThat(o.result()).isEqualTo(Result.Warning);
        assertThat(o.message()).contains("header: the brand has no primaryColor or themeColor, so the widget uses its "
                + "default #2563eb (set spec.branding.primaryColor)");
    }

    @Test
    void theThemeColourStandsInForAMissingPrimary() {
        CheckOutcome o = ColoursCheck.judge(brand(null, "#14365d", "#0b7a75"));
        assertThat(o.result()).isEqualTo(Result.Passed);
        assertThat(o.message()).contains("header: themeColor #0b7a75");
    }
}
