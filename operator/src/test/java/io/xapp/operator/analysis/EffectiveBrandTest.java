package io.xapp.operator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.BrandingSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveBrandTest {

    private static final DetectedBrand DETECTED = new DetectedBrand("https://www.example.com/logo.svg", "#0b7a75",
            "#0b7a75", "#14365d", "#f2a541", "Nunito", "A family dentist.",
            Map.of("primaryColor", 0.85, "logoUrl", 0.9), "2026-01-01T00:00:00Z");

    private static AssistantSpec spec(BrandingSpec branding) {
        AssistantSpec spec = new AssistantSpec();
        spec.setWebsite("https://www.example.com/");
        spec.setCompanyName("Example Dental");
        spec.setBranding(branding);
        return spec;
    }

    @Test
    void detectionWithTheCompanyName() {
        BrandStatus brand = EffectiveBrand.of(spec(null), DETECTED);
        assertThat(brand.getName()).isEqualTo("Example Dental");
        assertThat(brand.getPrimaryColor()).isEqualTo("#0b7a75");
        assertThat(brand.getOverridden()).isNull();
        assertThat(brand.getWebsite()).isEqualTo("https://www.example.com/");
        assertThat(brand.getConfidence()).containsEntry("primaryColor", 0.85);
    }

    @Test
    void brandingWinsFieldByFieldAndALogoPathIsOnTheWebsite() {
        BrandingSpec branding = new BrandingSpec();
        branding.setPrimaryColor("#ff0000");
        branding.setLogoUrl("/img/new-logo.png");
        BrandStatus brand = EffectiveBrand.of(spec(branding), DETECTED);
        assertThat(brand.getPrimaryColor()).isEqualTo("#ff0000");
        assertThat(brand.getSecondaryColor()).isEqualTo("#14365d");
        assertThat(brand.getLogoUrl()).isEqualTo("https://www.example.com/img/new-logo.png");
        assertThat(brand.getOverridden()).containsExactly("logoUrl", "primaryColor");
        assertThat(brand.getConfidence()).containsEntry("primaryColor", 1.0).containsEntry("logoUrl", 1.0);
    }

    @Test
    void anEarlierStatusServesUntilTheWebsiteChangesOrAnOverrideIsRemoved() {
        BrandingSpec branding = new BrandingSpec();
        branding.setPrimaryColor("#ff0000");
        BrandStatus recorded = EffectiveBrand.of(spec(branding), DETECTED);

        assertThat(EffectiveBrand.fromStatus(recorded, spec(branding))).get()
                .satisfies(d -> assertThat(d.secondaryColor()).isEqualTo("#14365d"));
        BrandingSpec more = new BrandingSpec();
        more.setPrimaryColor("#ff0000");
        more.setFontFamily("Inter");
        assertThat(EffectiveBrand.fromStatus(recorded, spec(more))).isPresent();

        assertThat(EffectiveBrand.fromStatus(recorded, spec(null))).isEmpty();
        AssistantSpec moved = spec(branding);
        moved.setWebsite("https://new.example.com/");
        assertThat(EffectiveBrand.fromStatus(recorded, moved)).isEmpty();
    }
}
