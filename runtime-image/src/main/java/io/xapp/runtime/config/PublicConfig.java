package io.xapp.runtime.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import java.util.List;

/** What the widget and the search box render with (GET /api/config): brand, texts, calls to action, layout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicConfig(String name, String logoUrl, Colors colors, String fontFamily, String greeting,
                           List<String> suggestedQuestions, List<CallToAction> callsToAction, Widget widget,
                           Search search) {

    public record Colors(String primary, String secondary, String accent, String theme) {
    }

    public record CallToAction(String type, String label) {
    }

    public record Widget(String position, boolean openOnLoad, String launcherLabel) {
    }

    public record Search(String placeholder, int maxResults) {
    }

    static final int DEFAULT_MAX_RESULTS = 5;

    public static PublicConfig of(RuntimeSettings settings) {
        BrandStatus brand = settings.brand();
        AssistantTemplateSpec t = settings.template();
        var widget = t.getWidget();
        var search = t.getSearch();
        return new PublicConfig(settings.companyName(), brand.getLogoUrl(),
                new Colors(brand.getPrimaryColor(), brand.getSecondaryColor(), brand.getAccentColor(),
                        brand.getThemeColor()),
                brand.getFontFamily(), settings.personalize(t.getGreeting()), t.getSuggestedQuestions(),
                t.getCallsToAction().stream()
                        .map(c -> new CallToAction(c.getType() == AssistantTemplateSpec.CallToAction.Type.BOOKING
                                ? "booking" : "leadCapture", c.getLabel()))
                        .toList(),
                new Widget(widget != null && widget.getPosition() == AssistantTemplateSpec.WidgetSettings.Position
                        .BOTTOM_LEFT ? "bottom-left" : "bottom-right",
                        widget != null && Boolean.TRUE.equals(widget.getOpenOnLoad()),
                        widget != null && widget.getLauncherLabel() != null ? widget.getLauncherLabel()
                                : "Chat with us"),
                new Search(search != null && search.getPlaceholder() != null ? search.getPlaceholder()
                        : "Search " + settings.companyName(),
                        search != null && search.getMaxResults() != null ? search.getMaxResults()
                                : DEFAULT_MAX_RESULTS));
    }
}
