package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class CancellationStatus {

    @JsonPropertyDescription("When teardown is (or was) due, as the operator understood spec.cancellation.")
    private String effectiveDate;

    @JsonPropertyDescription("When everything made for the customer had been deleted (RFC 3339).")
    private String completedAt;

    public String getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(String effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getCompletedAt() { return completedAt; }
    public void setCompletedAt(String completedAt) { this.completedAt = completedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancellationStatus that && Objects.equals(effectiveDate, that.effectiveDate)
                && Objects.equals(completedAt, that.completedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(effectiveDate, completedAt);
    }
}
