package io.xapp.operator.analysis;

import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.BrandingSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The brand in effect: what analysis detected, with {@code spec.branding} winning field by field. The name is the
 * company name unless branding names another.
 */
public final class EffectiveBrand {

    /** Brand fields spec.branding can override, with how to read each override. */
    private static final Map<String, Function<BrandingSpec, String>> OVERRIDABLE = orderedOverridable();

    private EffectiveBrand() {
    }

    public static BrandStatus of(AssistantSpec spec, DetectedBrand detected) {
        BrandingSpec branding = spec.getBranding() == null ? new BrandingSpec() : spec.getBranding();
        BrandStatus brand = new BrandStatus();
        brand.setName(pick(branding.getName(), spec.getCompanyName()));
        brand.setLogoUrl(pick(logoOverride(branding, spec.getWebsite()), detected.logoUrl()));
        brand.setThemeColor(detected.themeColor());
        brand.setPrimaryColor(pick(branding.getPrimaryColor(), detected.primaryColor()));
        brand.setSecondaryColor(pick(branding.getSecondaryColor(), detected.secondaryColor()));
        brand.setAccentColor(pick(branding.getAccentColor(), detected.accentColor()));
        brand.setFontFamily(pick(branding.getFontFamily(), detected.fontFamily()));
        brand.setDescription(detected.description());
        List<String> overridden = overridden(branding);
        Map<String, Double> confidence = new TreeMap<>(detected.confidence());
        overridden.forEach(field -> confidence.put(field, 1.0));
        brand.setConfidence(confidence.isEmpty() ? null : confidence);
        brand.setOverridden(overridden.isEmpty() ? null : overridden);
        brand.setAnalyzedAt(detected.analyzedAt());
        brand.setWebsite(spec.getWebsite());
        return brand;
    }

    /**
     * What an earlier analysis detected, read back from status: usable while it is for the same website and no
     * field it showed as overridden has lost its override since (the detected value behind it is not known).
     */
    public static Optional<DetectedBrand> fromStatus(BrandStatus status, AssistantSpec spec) {
        if (status == null || status.getWebsite() == null || !status.getWebsite().equals(spec.getWebsite())) {
            return Optional.empty();
        }
        List<String> nowOverridden = overridden(spec.getBranding() == null ? new BrandingSpec() : spec.getBranding());
        List<String> wereOverridden = status.getOverridden() == null ? List.of() : status.getOverridden();
        if (!nowOverridden.containsAll(wereOverridden)) {
            return Optional.empty();
        }
        return Optional.of(DetectedBrand.of(status));
    }

    private static List<String> overridden(BrandingSpec branding) {
        List<String> fields = new ArrayList<>();
        OVERRIDABLE.forEach((field, read) -> {
            if (read.apply(branding) != null) {
                fields.add(field);
            }
        });
        return fields;
    }

    // A logo override may be a path on the website.
    private static String logoOverride(BrandingSpec branding, String website) {
        String logo = branding.getLogoUrl();
        return logo == null || !logo.startsWith("/") ? logo : URI.create(website).resolve(logo).toString();
    }

    private static String pick(String override, String detected) {
        return override != null ? override : detected;
    }

    private static Map<String, Function<BrandingSpec, String>> orderedOverridable() {
        Map<String, Function<BrandingSpec, String>> m = new java.util.LinkedHashMap<>();
        m.put("name", BrandingSpec::getName);
        m.put("logoUrl", BrandingSpec::getLogoUrl);
        m.put("primaryColor", BrandingSpec::getPrimaryColor);
        m.put("secondaryColor", BrandingSpec::getSecondaryColor);
        m.put("accentColor", BrandingSpec::getAccentColor);
        m.put("fontFamily", BrandingSpec::getFontFamily);
        return java.util.Collections.unmodifiableMap(m);
    }
}
