package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class CancellationSpec {

    @Required
    @ValidationRule(value = "self.matches('^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$')",
            message = "effectiveDate must be an ISO-8601 date-time with a zone, e.g. 2026-12-31T00:00:00Z")
    @JsonPropertyDescription("When the cancellation takes effect (ISO-8601 date-time with zone). In the future the "
            + "assistant keeps running in phase Cancelling until then; now or in the past it is torn down at once.")
    private String effectiveDate;

    public CancellationSpec() {
    }

    public CancellationSpec(String effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(String effectiveDate) { this.effectiveDate = effectiveDate; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancellationSpec that && Objects.equals(effectiveDate, that.effectiveDate);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(effectiveDate);
    }
}
