package io.xapp.operator.assistant;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.RuntimeStatus;
import io.xapp.operator.analysis.BrandResolver;
import io.xapp.operator.analysis.SiteAnalyses;
import io.xapp.operator.cancellation.Cancellations;
import io.xapp.operator.cache.WithoutManagedFields;
import io.xapp.operator.cancellation.Teardown;
import io.xapp.operator.config.TierResolver;
import io.xapp.operator.customer.CustomerIdentity;
import io.xapp.operator.install.Publication;
import io.xapp.operator.qa.QaGate;
import io.xapp.operator.qa.QaReview;
import io.xapp.operator.qa.QaRevision;
import io.xapp.operator.qa.checks.CheckTarget;
import io.xapp.operator.qa.checks.ChecksVerdict;
import io.xapp.operator.qa.checks.QaChecks;
import io.xapp.operator.qa.checks.QaChecksStep;
import io.xapp.operator.runtime.IngressEnabled;
import io.xapp.operator.runtime.PersistenceEnabled;
import io.xapp.operator.runtime.Rollout;
import io.xapp.operator.runtime.RuntimeConfigMap;
import io.xapp.operator.runtime.RuntimeConfigs;
import io.xapp.operator.runtime.RuntimeDeployment;
import io.xapp.operator.runtime.RuntimeIngress;
import io.xapp.operator.runtime.RuntimeKeys;
import io.xapp.operator.runtime.RuntimeModel;
import io.xapp.operator.runtime.RuntimeSecret;
import io.xapp.operator.runtime.RuntimeService;
import io.xapp.operator.runtime.RuntimeVolumeClaim;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import io.xapp.operator.template.EffectiveTemplate;
import io.xapp.operator.template.TemplateLinks;
import io.xapp.operator.template.TemplateResolver;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Assistant lifecycle. Each reconcile reads the world and walks the same path: the customer-id label kept true;
 * cancellation due? then whether this Assistant holds its customer (another, older one may), tier and template,
 * the brand (site analysis runs elsewhere and wakes us), the runtime (dependent resources, applied by the workflow
 * only once there is something to run), the pre-review checks (they too run elsewhere and wake us), the QA gate,
 * publication. The status it computes is written once, and only when it changed.
 */
@Workflow(explicitInvocation = true, dependents = {
        @Dependent(name = "secret", type = RuntimeSecret.class),
        @Dependent(name = "config", type = RuntimeConfigMap.class),
        @Dependent(name = "volume", type = RuntimeVolumeClaim.class, activationCondition = PersistenceEnabled.class),
        @Dependent(name = "deployment", type = RuntimeDeployment.class, dependsOn = {"secret", "config"}),
        @Dependent(name = "service", type = RuntimeService.class),
        @Dependent(name = "ingress", type = RuntimeIngress.class, activationCondition = IngressEnabled.class,
                dependsOn = "service")})
@ControllerConfiguration(name = AssistantReconciler.NAME, generationAwareEventProcessing = false,
        informer = @Informer(onUpdateFilter = AssistantUpdateFilter.class, itemStore = WithoutManagedFields.class))
public class AssistantReconciler implements Reconciler<Assistant>, Cleaner<Assistant> {

    public static final String NAME = "assistant";
    public static final String AVAILABLE = "Available";
    public static final String ROLLING_OUT = "RollingOut";
    public static final String RECONCILE_ERROR = "ReconcileError";

    private static final Logger LOG = Logger.getLogger(AssistantReconciler.class);

    private final AssistantServices services;
    private final SiteAnalyses analyses;
    private final BrandResolver brands;
    private final QaChecks qaChecks;
    private final QaChecksStep checks;
    private final QaGate qa;
    private final Cancellations cancellations;
    private final CustomerIdentity customers;

    @Inject
    public AssistantReconciler(AssistantServices services) {
        this.services = services;
        this.analyses = new SiteAnalyses(services.brandAnalyzer(), services.analysis(), services.clock(),
                services.metrics());
        this.brands = new BrandResolver(analyses, services.clock());
        this.qaChecks = new QaChecks(services.qaChecks(), services.clock());
        this.checks = new QaChecksStep(qaChecks, services.events(), services.clock());
        this.qa = new QaGate(services.events());
        this.cancellations = new Cancellations(services.teardownPoll());
        this.customers = new CustomerIdentity(services.events(), services.recheckInterval());
    }

    @Override
    public List<EventSource<?, Assistant>> prepareEventSources(EventSourceContext<Assistant> context) {
        CustomerIdentity.index(context);
        return List.of(TemplateLinks.templatesOfAssistants(context), analyses, qaChecks);
    }

    @Override
    public UpdateControl<Assistant> reconcile(Assistant assistant, Context<Assistant> context) {
        var sample = services.metrics().startTimer();
        boolean success = false;
        try {
            customers.keepLabel(assistant, context.getClient());
            Instant now = services.clock().instant();
            StatusDraft draft = StatusDraft.of(assistant, now);
            PartnerEnvironment env = services.partner().current();
            Optional<Instant> cancellation = cancellations.effectiveDate(assistant, draft);
            if (cancellation.isPresent() && !now.isBefore(cancellation.get())) {
                analyses.forget(ResourceID.fromResource(assistant));
                qaChecks.forget(ResourceID.fromResource(assistant));
                cancellations.due(assistant, cancellation.get(), now, env, context.getClient(), draft);
            } else if (!customers.inConflict(assistant, context, draft)) {
                provision(assistant, context, env, now, draft);
                cancellation.ifPresent(date -> cancellations.scheduled(date, now, draft));
            }
            writeStatus(assistant, context, draft);
            success = true;
            return draft.requeue().map(delay -> UpdateControl.<Assistant>noUpdate().rescheduleAfter(delay))
                    .orElseGet(UpdateControl::noUpdate);
        } finally {
            services.metrics().reconciled(sample, NAME, success);
        }
    }

    private void provision(Assistant assistant, Context<Assistant> context, PartnerEnvironment env, Instant now,
            StatusDraft draft) {
        AssistantSpec spec = assistant.getSpec();
        var tier = TierResolver.resolve(spec.getTier(), env, services.partner(), draft);
        var template = TemplateResolver.resolve(assistant, context, draft);
        if (tier.isEmpty() || template.isEmpty()) {
            waitForConfiguration(draft, tier.isEmpty());
            return;
        }
        Optional<BrandStatus> brand = brands.resolve(assistant, env, draft);
        if (brand.isEmpty()) {
            return;
        }
        String name = assistant.getMetadata().getName();
        String namespace = assistant.getMetadata().getNamespace();
        List<Channel> channels = RuntimeConfigs.channels(spec, tier.get());
        AssistantTemplateSpec effectiveTemplate = EffectiveTemplate.of(template.get(), spec.getBranding());
        String revision = QaRevision.of(spec.getWebsite(), spec.getCompanyName(), effectiveTemplate, brand.get(),
                channels);
        RuntimeKeys keys = RuntimeKeys.reuseOrGenerate(context.getSecondaryResource(Secret.class),
                services.tokens().tokenFor(namespace, name));
        var config = RuntimeConfigs.of(assistant, env, tier.get(), effectiveTemplate, brand.get(), channels,
                revision);
        RuntimeModel.of(assistant, config, checks.checklist(assistant, revision, draft), keys, tier.get(), env)
                .putInto(context);
        context.managedWorkflowAndDependentResourceContext().reconcileManagedWorkflow();

        Rollout rollout = Rollout.of(context.getSecondaryResource(Deployment.class));
        String url = env.assistantUrl(name);
        draft.next().setBrand(brand.get());
        draft.next().setRuntime(runtimeStatus(url, keys, rollout));
        if (rollout.complete()) {
            draft.conditions().setTrue(ConditionType.RuntimeAvailable, AVAILABLE, rollout.message());
        } else {
            draft.conditions().setFalse(ConditionType.RuntimeAvailable, ROLLING_OUT, rollout.message());
        }
        ChecksVerdict verdict = checks.review(assistant, CheckTarget.of(assistant, revision, url, channels, keys,
                brand.get(), env), rollout.complete(), draft);
        QaReview review = qa.review(assistant, revision, rollout.complete(), verdict,
                Publication.published(draft, revision), draft);
        Publication.decide(draft, review, rollout, url, channels, keys, revision, now);
        QaChecksStep.label(context.getClient(), assistant, verdict);
    }

    private void waitForConfiguration(StatusDraft draft, boolean tierMissing) {
        String message = draft.conditions().toList().stream()
                .filter(c -> !c.isTrue() && (ConditionType.TierResolved.name().equals(c.getType())
                        || ConditionType.TemplateResolved.name().equals(c.getType())))
                .map(c -> c.getMessage()).reduce((a, b) -> a + " " + b).orElse("");
        draft.phase(Phase.Pending, message);
        if (tierMissing) {
            // A tier comes from the partner configuration, which has no watch: look again later.
            draft.requeueAfter(services.recheckInterval());
        }
    }

    private static RuntimeStatus runtimeStatus(String url, RuntimeKeys keys, Rollout rollout) {
        RuntimeStatus runtime = new RuntimeStatus();
        runtime.setUrl(url);
        runtime.setPreviewUrl(url + "/preview?token=" + keys.previewToken());
        runtime.setReplicas(rollout.replicas());
        runtime.setReadyReplicas(rollout.readyReplicas());
        return runtime;
    }

    private void writeStatus(Assistant assistant, Context<Assistant> context, StatusDraft draft) {
        services.metrics().phase(ResourceID.fromResource(assistant), draft.phase());
        if (!draft.changed()) {
            return;
        }
        PrimaryUpdateAndCacheUtils.ssaPatchStatusAndCacheResource(assistant, statusOnly(assistant, draft), context);
        Phase before = draft.previous().getPhase();
        if (draft.phase() != null && draft.phase() != before) {
            String message = draft.conditions().get(ConditionType.Ready).map(c -> c.getMessage()).orElse("");
            services.events().phaseChanged(assistant, before, draft.phase(), message);
            services.metrics().phaseChanged(draft.phase());
        }
    }

    /** Only what the operator owns: applied with server-side apply, anything else sent would become ours. */
    private static Assistant statusOnly(Assistant assistant, StatusDraft draft) {
        Assistant fresh = new Assistant();
        fresh.setMetadata(new ObjectMetaBuilder().withName(assistant.getMetadata().getName())
                .withNamespace(assistant.getMetadata().getNamespace()).build());
        fresh.setStatus(draft.build());
        return fresh;
    }

    @Override
    public ErrorStatusUpdateControl<Assistant> updateErrorStatus(Assistant assistant, Context<Assistant> context,
            Exception e) {
        StatusDraft draft = StatusDraft.of(assistant, services.clock().instant());
        String detail = String.valueOf(e.getMessage());
        draft.conditions().setFalse(ConditionType.Ready, RECONCILE_ERROR, "Reconciling failed and is retried: "
                + (detail.length() > 500 ? detail.substring(0, 500) + "..." : detail));
        return draft.changed() ? ErrorStatusUpdateControl.patchStatus(statusOnly(assistant, draft))
                : ErrorStatusUpdateControl.defaultErrorProcessing();
    }

    @Override
    public DeleteControl cleanup(Assistant assistant, Context<Assistant> context) {
        ResourceID id = ResourceID.fromResource(assistant);
        analyses.forget(id);
        qaChecks.forget(id);
        List<String> remaining = Teardown.run(context.getClient(), assistant);
        if (!remaining.isEmpty()) {
            LOG.infof("Assistant %s is being deleted; waiting for %s to go", id, remaining);
            return DeleteControl.noFinalizerRemoval().rescheduleAfter(services.teardownPoll());
        }
        services.metrics().forget(id);
        return DeleteControl.defaultDelete();
    }
}
