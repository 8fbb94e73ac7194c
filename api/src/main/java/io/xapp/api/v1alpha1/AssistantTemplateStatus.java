package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class AssistantTemplateStatus {

    @JsonPropertyDescription("metadata.generation the operator last validated.")
    private Long observedGeneration;

    @JsonPropertyDescription("Conditions in the Kubernetes convention; Ready=True once the template is usable.")
    private List<Condition> conditions = new ArrayList<>();

    @JsonPropertyDescription("How many Assistants in this namespace use this template.")
    private Integer usedBy;

    public Long getObservedGeneration() { return observedGeneration; }
    public void setObservedGeneration(Long observedGeneration) { this.observedGeneration = observedGeneration; }
    public List<Condition> getConditions() { return conditions; }
    public void setConditions(List<Condition> conditions) { this.conditions = conditions; }
    public Integer getUsedBy() { return usedBy; }
    public void setUsedBy(Integer usedBy) { this.usedBy = usedBy; }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssistantTemplateStatus that && Objects.equals(observedGeneration, that.observedGeneration)
                && Objects.equals(conditions, that.conditions) && Objects.equals(usedBy, that.usedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(observedGeneration, conditions, usedBy);
    }
}
