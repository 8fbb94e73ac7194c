package io.xapp.bridge.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The partner's analytics response, shaped exactly as in the partner integration guide. */
@JsonPropertyOrder({"partner_id", "startDate", "endDate", "widget"})
public record AnalyticsResponse(@JsonProperty("partner_id") String partnerId,
                                @JsonProperty("startDate") String startDate,
                                @JsonProperty("endDate") String endDate,
                                @JsonProperty("widget") WidgetReport widget) {
}
