package io.xapp.operator.analysis;

import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.crawler.Brand;
import io.xapp.crawler.BrandField;
import java.util.Map;
import java.util.TreeMap;

/**
 * What site analysis found, before spec.branding is applied: from a fresh analysis, or read back from an earlier
 * status (so an operator restart does not analyse every site again).
 *
 * @param confidence per detected field, 0 to 1
 */
public record DetectedBrand(String logoUrl, String themeColor, String primaryColor, String secondaryColor,
        String accentColor, String fontFamily, String description, Map<String, Double> confidence,
        String analyzedAt) {

    public DetectedBrand {
        confidence = confidence == null ? Map.of() : Map.copyOf(confidence);
    }

    public static DetectedBrand of(Brand brand, String analyzedAt) {
        Map<String, Double> confidence = new TreeMap<>();
        return new DetectedBrand(
                value("logoUrl", brand.logoUrl(), confidence),
                value("themeColor", brand.themeColor(), confidence),
                value("primaryColor", brand.primaryColor(), confidence),
                value("secondaryColor", brand.secondaryColor(), confidence),
                value("accentColor", brand.accentColor(), confidence),
                value("fontFamily", brand.fontFamily(), confidence),
                value("description", brand.description(), confidence),
                confidence, analyzedAt);
    }

    /** The detected values of an earlier status; fields overridden there are not known. */
    static DetectedBrand of(BrandStatus status) {
        return new DetectedBrand(status.getLogoUrl(), status.getThemeColor(), status.getPrimaryColor(),
                status.getSecondaryColor(), status.getAccentColor(), status.getFontFamily(), status.getDescription(),
                status.getConfidence(), status.getAnalyzedAt());
    }

    private static String value(String name, BrandField<String> field, Map<String, Double> confidence) {
        if (field == null || field.value() == null) {
            return null;
        }
        confidence.put(name, field.confidence());
        return field.value();
    }
}
