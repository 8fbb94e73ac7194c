package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class BrandStatus {

    @JsonPropertyDescription("Company name the assistant shows.")
    private String name;

    @JsonPropertyDescription("Absolute URL of the logo.")
    private String logoUrl;

    @JsonPropertyDescription("The site's theme colour (#rrggbb), from meta theme-color or the web app manifest.")
    private String themeColor;

    @JsonPropertyDescription("Primary colour (#rrggbb): buttons and the widget header.")
    private String primaryColor;

    @JsonPropertyDescription("Secondary colour (#rrggbb).")
    private String secondaryColor;

    @JsonPropertyDescription("Accent colour (#rrggbb).")
    private String accentColor;

    @JsonPropertyDescription("CSS font family.")
    private String fontFamily;

    @JsonPropertyDescription("One-sentence description of the business.")
    private String description;

    @JsonPropertyDescription("Confidence of each detected field from 0 to 1, by field name; overridden fields are 1.")
    private Map<String, Double> confidence;

    @JsonPropertyDescription("Fields taken from spec.branding rather than detected.")
    private java.util.List<String> overridden;

    @JsonPropertyDescription("When the website was last analysed (RFC 3339).")
    private String analyzedAt;

    @JsonPropertyDescription("The website this brand was detected from; when spec.website differs, the site is "
            + "analysed again.")
    private String website;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLogoUrl() { return logoUrl; }
    public void setLogoUrl(String logoUrl) { this.logoUrl = logoUrl; }
    public String getThemeColor() { return themeColor; }
    public void setThemeColor(String themeColor) { this.themeColor = themeColor; }
    public String getPrimaryColor() { return primaryColor; }
    public void setPrimaryColor(String primaryColor) { this.primaryColor = primaryColor; }
    public String getSecondaryColor() { return secondaryColor; }
    public void setSecondaryColor(String secondaryColor) { this.secondaryColor = secondaryColor; }
    public String getAccentColor() { return accentColor; }
    public void setAccentColor(String accentColor) { this.accentColor = accentColor; }
    public String getFontFamily() { return fontFamily; }
    public void setFontFamily(String fontFamily) { this.fontFamily = fontFamily; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Map<String, Double> getConfidence() { return confidence; }
    public void setConfidence(Map<String, Double> confidence) { this.confidence = confidence; }
    public java.util.List<String> getOverridden() { return overridden; }
    public void setOverridden(java.util.List<String> overridden) { this.overridden = overridden; }
    public String getAnalyzedAt() { return analyzedAt; }
    public void setAnalyzedAt(String analyzedAt) { this.analyzedAt = analyzedAt; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }

    @Override
    public boolean equals(Object o) {
        return o instanceof BrandStatus that && Objects.equals(name, that.name)
                && Objects.equals(logoUrl, that.logoUrl) && Objects.equals(themeColor, that.themeColor)
                && Objects.equals(primaryColor, that.primaryColor)
                && Objects.equals(secondaryColor, that.secondaryColor)
                && Objects.equals(accentColor, that.accentColor) && Objects.equals(fontFamily, that.fontFamily)
                && Objects.equals(description, that.description) && Objects.equals(confidence, that.confidence)
                && Objects.equals(overridden, that.overridden) && Objects.equals(analyzedAt, that.analyzedAt)
                && Objects.equals(website, that.website);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, logoUrl, themeColor, primaryColor, secondaryColor, accentColor, fontFamily,
                description, confidence, overridden, analyzedAt, website);
    }
}
