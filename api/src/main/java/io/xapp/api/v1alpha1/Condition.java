package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A status condition in the Kubernetes convention (metav1.Condition). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Condition {

    public static final String TRUE = "True";
    public static final String FALSE = "False";
    public static final String UNKNOWN = "Unknown";

    @Required
    @JsonPropertyDescription("Type of condition in CamelCase, e.g. Ready, TemplateResolved, SiteAnalyzed, QAChecks.")
    private String type;

    @Required
    @JsonPropertyDescription("Status of the condition: True, False or Unknown.")
    private String status;

    @JsonPropertyDescription("Machine-readable CamelCase reason for the last transition, e.g. TemplateNotFound.")
    private String reason;

    @JsonPropertyDescription("Human-readable message: what happened, for which resource, and what to do.")
    private String message;

    @JsonPropertyDescription("Last time the status changed (RFC 3339).")
    private String lastTransitionTime;

    @JsonPropertyDescription("metadata.generation this condition was computed from.")
    private Long observedGeneration;

    public Condition() {
    }

    public Condition(String type, String status, String reason, String message, String lastTransitionTime,
            Long observedGeneration) {
        this.type = type;
        this.status = status;
        this.reason = reason;
        this.message = message;
        this.lastTransitionTime = lastTransitionTime;
        this.observedGeneration = observedGeneration;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getLastTransitionTime() { return lastTransitionTime; }
    public void setLastTransitionTime(String lastTransitionTime) { this.lastTransitionTime = lastTransitionTime; }
    public Long getObservedGeneration() { return observedGeneration; }
    public void setObservedGeneration(Long observedGeneration) { this.observedGeneration = observedGeneration; }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isTrue() {
        return TRUE.equals(status);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition that && Objects.equals(type, that.type) && Objects.equals(status, that.status)
                && Objects.equals(reason, that.reason) && Objects.equals(message, that.message)
                && Objects.equals(lastTransitionTime, that.lastTransitionTime)
                && Objects.equals(observedGeneration, that.observedGeneration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, status, reason, message, lastTransitionTime, observedGeneration);
    }

    @Override
    public String toString() {
        return type + "=" + status + " (" + reason + "): " + message;
    }
}
