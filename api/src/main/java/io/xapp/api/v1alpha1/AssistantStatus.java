package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Written by the operator, except {@code notifications}, which the bridge owns (server-side apply with its own
 * field manager keeps the two from overwriting each other).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AssistantStatus {

    @JsonPropertyDescription("Where the assistant is in its life: Pending, Analyzing, Provisioning, AwaitingQA, "
            + "Ready, Cancelling, Cancelled or Failed.")
    private Phase phase;

    @JsonPropertyDescription("metadata.generation the operator last acted on.")
    private Long observedGeneration;

    @JsonPropertyDescription("Conditions in the Kubernetes convention; Ready summarises them.")
    private List<Condition> conditions = new ArrayList<>();

    @JsonPropertyDescription("The brand in effect: detected by site analysis, with spec.branding overrides applied.")
    private BrandStatus brand;

    @JsonPropertyDescription("The customer's runtime: where it answers and how many replicas are ready.")
    private RuntimeStatus runtime;

    @JsonPropertyDescription("The QA review: the revision under review, the approved revision and the reviewer's "
            + "note.")
    private QaStatus qa;

    @JsonPropertyDescription("Install snippets and public keys per channel; present only once QA approved the "
            + "current revision.")
    private InstallStatus install;

    @JsonPropertyDescription("What the partner has been told, written by the bridge.")
    private NotificationsStatus notifications;

    @JsonPropertyDescription("Cancellation progress: the effective date and when teardown completed.")
    private CancellationStatus cancellation;

    public Phase getPhase() { return phase; }
    public void setPhase(Phase phase) { this.phase = phase; }
    public Long getObservedGeneration() { return observedGeneration; }
    public void setObservedGeneration(Long observedGeneration) { this.observedGeneration = observedGeneration; }
    public List<Condition> getConditions() { return conditions; }
    public void setConditions(List<Condition> conditions) { this.conditions = conditions; }
    public BrandStatus getBrand() { return brand; }
    public void setBrand(BrandStatus brand) { this.brand = brand; }
    public RuntimeStatus getRuntime() { return runtime; }
    public void setRuntime(RuntimeStatus runtime) { this.runtime = runtime; }
    public QaStatus getQa() { return qa; }
    public void setQa(QaStatus qa) { this.qa = qa; }
    public InstallStatus getInstall() { return install; }
    public void setInstall(InstallStatus install) { this.install = install; }
    public NotificationsStatus getNotifications() { return notifications; }
    public void setNotifications(NotificationsStatus notifications) { this.notifications = notifications; }
    public CancellationStatus getCancellation() { return cancellation; }
    public void setCancellation(CancellationStatus cancellation) { this.cancellation = cancellation; }

    @JsonIgnore
    public Optional<Condition> condition(String type) {
        return conditions == null ? Optional.empty()
                : conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssistantStatus that && phase == that.phase
                && Objects.equals(observedGeneration, that.observedGeneration)
                && Objects.equals(conditions, that.conditions) && Objects.equals(brand, that.brand)
                && Objects.equals(runtime, that.runtime) && Objects.equals(qa, that.qa)
                && Objects.equals(install, that.install) && Objects.equals(notifications, that.notifications)
                && Objects.equals(cancellation, that.cancellation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phase, observedGeneration, conditions, brand, runtime, qa, install, notifications,
                cancellation);
    }
}
