package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** QA's corrections to the detected brand. Every field is optional; a set field wins over detection. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BrandingSpec {

    public static final String COLOR_PATTERN = "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$";

    @Size(min = 1, max = 200)
    @JsonPropertyDescription("Name the assistant shows, instead of the detected company name.")
    private String name;

    @Size(max = 2048)
    @Pattern("^(https?://|/)[^\\s]*$")
    @JsonPropertyDescription("Logo URL (absolute, or a path on the website), instead of the detected logo.")
    private String logoUrl;

    @Pattern(COLOR_PATTERN)
    @JsonPropertyDescription("Primary colour as #rrggbb: buttons and the widget header.")
    private String primaryColor;

    @Pattern(COLOR_PATTERN)
    @JsonPropertyDescription("Secondary colour as #rrggbb: headings and text accents.")
    private String secondaryColor;

    @Pattern(COLOR_PATTERN)
    @JsonPropertyDescription("Accent colour as #rrggbb: highlights and focus rings.")
    private String accentColor;

    @Size(max = 200)
    @JsonPropertyDescription("CSS font family the widget uses, e.g. Nunito.")
    private String fontFamily;

    @Size(max = 500)
    @JsonPropertyDescription("Greeting the widget opens with, instead of the template's.")
    private String greeting;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLogoUrl() { return logoUrl; }
    public void setLogoUrl(String logoUrl) { this.logoUrl = logoUrl; }
    public String getPrimaryColor() { return primaryColor; }
    public void setPrimaryColor(String primaryColor) { this.primaryColor = primaryColor; }
    public String getSecondaryColor() { return secondaryColor; }
    public void setSecondaryColor(String secondaryColor) { this.secondaryColor = secondaryColor; }
    public String getAccentColor() { return accentColor; }
    public void setAccentColor(String accentColor) { this.accentColor = accentColor; }
    public String getFontFamily() { return fontFamily; }
    public void setFontFamily(String fontFamily) { this.fontFamily = fontFamily; }
    public String getGreeting() { return greeting; }
    public void setGreeting(String greeting) { this.greeting = greeting; }

    @Override
    public boolean equals(Object o) {
        return o instanceof BrandingSpec that && Objects.equals(name, that.name)
                && Objects.equals(logoUrl, that.logoUrl) && Objects.equals(primaryColor, that.primaryColor)
                && Objects.equals(secondaryColor, that.secondaryColor)
                && Objects.equals(accentColor, that.accentColor) && Objects.equals(fontFamily, that.fontFamily)
                && Objects.equals(greeting, that.greeting);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, logoUrl, primaryColor, secondaryColor, accentColor, fontFamily, greeting);
    }
}
