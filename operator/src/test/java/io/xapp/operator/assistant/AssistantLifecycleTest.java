package io.xapp.operator.assistant;

import static io.xapp.operator.testing.Assistants.annotate;
import static io.xapp.operator.testing.Assistants.approve;
import static io.xapp.operator.testing.Assistants.assistant;
import static io.xapp.operator.testing.Assistants.awaitPhase;
import static io.xapp.operator.testing.Assistants.awaitUntil;
import static io.xapp.operator.testing.Assistants.condition;
import static io.xapp.operator.testing.Assistants.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.api.runtime.RuntimeSecrets;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.BrandingSpec;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.api.v1alpha1.Condition;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.LocalOperator;
import io.xapp.operator.testing.OperatorHarness;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.operator.testing.PhaseHistory;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** From creation through analysis, provisioning and the QA gate to published snippets, on the local cluster. */
@LocalCluster
class AssistantLifecycleTest {

    private static final String BASE_URL = "https://assist.test.example";
    private static final String APPLIED_HASH = "xapp.io/applied-hash";

    @RegisterExtension
    static final OperatorHarness harness = OperatorHarness.with(new PartnerConfig().publicBaseUrl(BASE_URL));

    KubernetesClient client;
    TestNamespace namespace;

    @Test
    void widgetOnlyTierGoesFromCreationToPublishedWidgetSnippet() {
        Assistant created = client.resource(assistant("widget-only-1", harness.siteUrl(), "basic")).create();
        String name = created.getMetadata().getName();
        try (PhaseHistory history = PhaseHistory.of(client, created)) {
            Assistant awaiting = awaitPhase(client, name, Phase.AwaitingQA);
            var status = awaiting.getStatus();
            assertThat(status.getObservedGeneration()).isEqualTo(awaiting.getMetadata().getGeneration());
            assertThat(status.getConditions()).allSatisfy(c -> {
                assertThat(c.getObservedGeneration()).isEqualTo(awaiting.getMetadata().getGeneration());
                assertThat(c.getLastTransitionTime()).isNotBlank();
                assertThat(c.getReason()).matches("[A-Z][A-Za-z]+");
            });
            assertThat(status.getConditions()).extracting(Condition::getType, Condition::getStatus).contains(
                    org.assertj.core.groups.Tuple.tuple("TemplateResolved", "True"),
                    org.assertj.core.groups.Tuple.tuple("TierResolved", "True"),
                    org.assertj.core.groups.Tuple.tuple("SiteAnalyzed", "True"),
                    org.assertj.core.groups.Tuple.tuple("RuntimeAvailable", "True"),
                    org.assertj.core.groups.Tuple.tuple("QAApproved", "False"),
                    org.assertj.core.groups.Tuple.tuple("Ready", "False"));
            assertThat(condition(awaiting, "QAApproved").orElseThrow().getMessage())
                    .contains(status.getQa().getRevision(), "kubectl annotate assistant");
            assertThat(status.getBrand().getName()).isEqualTo("Brightside Family Dental");
            assertThat(status.getBrand().getPrimaryColor()).isEqualTo("#0b7a75");
            assertThat(status.getBrand().getLogoUrl()).isEqualTo(harness.siteUrl() + "assets/logo.svg");
            assertThat(status.getBrand().getWebsite()).isEqualTo(harness.siteUrl());
            assertThat(status.getQa().getState()).isEqualTo(QaStatus.State.Pending);
            assertThat(status.getInstall()).isNull();

            Map<String, String> keys = secretData(name);
            assertThat(keys).containsOnlyKeys(RuntimeSecrets.WIDGET_KEY, RuntimeSecrets.SEARCH_KEY,
                    RuntimeSecrets.BRIDGE_TOKEN, RuntimeSecrets.PREVIEW_TOKEN);
            assertThat(keys.get(RuntimeSecrets.BRIDGE_TOKEN))
                    .isEqualTo(LocalOperator.tokens().tokenFor(namespace.name(), name));
            assertThat(status.getRuntime().getUrl()).isEqualTo(BASE_URL + "/" + name);
            assertThat(status.getRuntime().getPreviewUrl())
                    .isEqualTo(BASE_URL + "/" + name + "/preview?token=" + keys.get(RuntimeSecrets.PREVIEW_TOKEN));

            RuntimeConfig config = RuntimeConfig.fromJson(client.configMaps().withName(name).get().getData()
                    .get(RuntimeConfig.CONFIG_KEY));
            assertThat(config.channels()).containsExactly(Channel.WIDGET);
            assertThat(config.assistant().revision()).isEqualTo(status.getQa().getRevision());
            assertThat(config.brand().getPrimaryColor()).isEqualTo("#0b7a75");
            assertThat(config.template().getGreeting()).isEqualTo("Hi! I'm the {company} assistant.");
            assertThat(config.crawl().maxPages()).isEqualTo(50);
            assertThat(config.crawl().allowLoopback()).isTrue();
            assertThat(config.publicUrl()).isEqualTo(BASE_URL + "/" + name);

            // Annotations do not change metadata.generation and nothing requeues an Assistant awaiting QA: only
            // AssistantUpdateFilter lets this change through (JOSDK's generation-aware default would drop it).
            approve(client, name);
            Assistant ready = awaitPhase(client, name, Phase.Ready);
            var install = ready.getStatus().getInstall();
            assertThat(install.getWidgetKey()).isEqualTo(keys.get(RuntimeSecrets.WIDGET_KEY));
            assertThat(install.getWidgetSnippet()).isEqualTo("<script async src=\"" + BASE_URL + "/" + name
                    + "/widget.js\" data-xapp-key=\"" + keys.get(RuntimeSecrets.WIDGET_KEY) + "\"></script>");
            assertThat(install.getSearchKey()).isNull();
            assertThat(install.getSearchSnippet()).isNull();
            assertThat(install.getRevision()).isEqualTo(status.getQa().getRevision());
            assertThat(condition(ready, "Ready").orElseThrow().getStatus()).isEqualTo("True");
            assertThat(condition(ready, "QAApproved").orElseThrow().getReason()).isEqualTo("Approved");

            // Whether Provisioning is written between Analyzing and AwaitingQA depends on timing, so the Events are
            // compared with the phases its status was written with.
            assertThat(history.phases()).contains("Analyzing", "AwaitingQA", "Ready");
            await("an Event for every phase change").atMost(Assistants.TIMEOUT)
                    .untilAsserted(() -> assertThat(eventReasons(name)).containsAll(history.phases())
                            .contains("QAApproved"));
        }
    }

    @Test
    void everythingMadeForTheAssistantIsLabelledOwnedAndLockedDown() {
        Assistant created = client.resource(assistant("labels-1", harness.siteUrl(), "basic")).create();
        String name = created.getMetadata().getName();
        Assistant awaiting = awaitPhase(client, name, Phase.AwaitingQA);

        List<HasMetadata> children = List.of(client.secrets().withName(name).get(),
                client.configMaps().withName(name).get(), client.apps().deployments().withName(name).get(),
                client.services().withName(name).get());
        assertThat(children).allSatisfy(child -> {
            assertThat(child.getMetadata().getLabels()).containsEntry(XappMetadata.CUSTOMER_ID_LABEL, "labels-1")
                    .containsEntry(XappMetadata.ASSISTANT_LABEL, name)
                    .containsEntry(XappMetadata.PART_OF_LABEL, "xapp")
                    .containsEntry(XappMetadata.MANAGED_BY_LABEL, "xapp-operator");
            assertThat(child.getMetadata().getOwnerReferences()).singleElement().satisfies(owner -> {
                assertThat(owner.getKind()).isEqualTo("Assistant");
                assertThat(owner.getUid()).isEqualTo(awaiting.getMetadata().getUid());
            });
        });

        var pod = client.apps().deployments().withName(name).get().getSpec().getTemplate().getSpec();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        var container = pod.getContainers().get(0);
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(container.getVolumeMounts()).extracting(m -> m.getMountPath()).contains("/tmp",
                "/etc/xapp/config", "/etc/xapp/secrets");
        assertThat(client.pods().withLabel(XappMetadata.ASSISTANT_LABEL, name).list().getItems())
                .allSatisfy(p -> assertThat(p.getMetadata().getLabels())
                        .containsEntry(XappMetadata.CUSTOMER_ID_LABEL, "labels-1"));
    }

    @Test
    void widgetAndSearchTierPublishesBothSnippetsForTheNamedRevision() {
        Assistant created = client.resource(assistant("widget-search-1", harness.siteUrl(), "growth")).create();
        String name = created.getMetadata().getName();
        String revision = awaitPhase(client, name, Phase.AwaitingQA).getStatus().getQa().getRevision();

        annotate(client, name, XappMetadata.QA_REVISION_ANNOTATION, revision);
        approve(client, name);

        var install = awaitPhase(client, name, Phase.Ready).getStatus().getInstall();
        Map<String, String> keys = secretData(name);
        assertThat(install.getWidgetSnippet()).contains("/" + name + "/widget.js", keys.get(RuntimeSecrets.WIDGET_KEY));
        assertThat(install.getSearchSnippet()).isEqualTo("<script async src=\"" + BASE_URL + "/" + name
                + "/search.js\" data-xapp-key=\"" + keys.get(RuntimeSecrets.SEARCH_KEY) + "\"></script>");
        assertThat(install.getSearchKey()).isEqualTo(keys.get(RuntimeSecrets.SEARCH_KEY));
        RuntimeConfig config = RuntimeConfig.fromJson(client.configMaps().withName(name).get().getData()
                .get(RuntimeConfig.CONFIG_KEY));
        assertThat(config.channels()).containsExactly(Channel.WIDGET, Channel.SEARCH);
    }

    @Test
    void withdrawingTheApprovalActsAtOnceAndAnUnchangedStateWritesNothing() {
        String name = Assistants.createAwaitingQa(client, "withdraw-1", harness.siteUrl(), "basic");
        approve(client, name);
        awaitPhase(client, name, Phase.Ready);
        Map<String, String> versions = childVersions(name);

        // A new note changes nothing the runtime is made from: the reconcile it triggers must not write children.
        annotate(client, name, XappMetadata.QA_NOTE_ANNOTATION, "logo checked");
        awaitUntil(client, name, "the note in status", a -> "logo checked".equals(a.getStatus().getQa().getNote()));
        assertThat(childVersions(name)).isEqualTo(versions);

        annotate(client, name, XappMetadata.QA_ANNOTATION, null);
        Assistant withdrawn = awaitPhase(client, name, Phase.AwaitingQA);
        assertThat(withdrawn.getStatus().getInstall()).isNull();
        assertThat(withdrawn.getStatus().getQa().getApprovedRevision()).isNull();
    }

    @Test
    void rejectionHoldsWithTheReviewersNoteUntilApproval() {
        String name = Assistants.createAwaitingQa(client, "rejected-1", harness.siteUrl(), "basic");

        annotate(client, name, XappMetadata.QA_NOTE_ANNOTATION, "logo is the old one");
        annotate(client, name, XappMetadata.QA_ANNOTATION, XappMetadata.QA_REJECTED);
        Assistant rejected = awaitUntil(client, name, "QAApproved=False Rejected",
                hasCondition("QAApproved", "False", "Rejected"));
        assertThat(rejected.getStatus().getPhase()).isEqualTo(Phase.AwaitingQA);
        assertThat(rejected.getStatus().getQa().getState()).isEqualTo(QaStatus.State.Rejected);
        assertThat(rejected.getStatus().getQa().getNote()).isEqualTo("logo is the old one");
        assertThat(condition(rejected, "QAApproved").orElseThrow().getMessage()).contains("logo is the old one");
        await("a QARejected Event with the note").atMost(Assistants.TIMEOUT).untilAsserted(() ->
                assertThat(events(name)).anySatisfy(e -> {
                    assertThat(e.getReason()).isEqualTo("QARejected");
                    assertThat(e.getType()).isEqualTo("Warning");
                    assertThat(e.getMessage()).contains("logo is the old one");
                }));

        approve(client, name);
        assertThat(awaitPhase(client, name, Phase.Ready).getStatus().getInstall()).isNotNull();
    }

    @Test
    void anAssetChangingEditAfterApprovalNeedsANewApproval() {
        String name = Assistants.createAwaitingQa(client, "edited-1", harness.siteUrl(), "basic");
        approve(client, name);
        String approved = awaitPhase(client, name, Phase.Ready).getStatus().getQa().getRevision();

        // Not something a reviewer judges: stays Ready.
        Assistants.edit(client, name, a -> {
            a.getSpec().setContractLengthMonths(24);
            return a;
        });
        Assistant stillReady = awaitUntil(client, name, "generation 2 observed",
                a -> a.getStatus().getObservedGeneration() == 2);
        assertThat(stillReady.getStatus().getPhase()).isEqualTo(Phase.Ready);

        Assistants.edit(client, name, a -> {
            BrandingSpec branding = new BrandingSpec();
            branding.setPrimaryColor("#aa3300");
            a.getSpec().setBranding(branding);
            return a;
        });
        // The runtime rolls out the new brand, then waits for QA again.
        Assistant changed = awaitUntil(client, name, "AwaitingQA with QAApproved=False RevisionChanged",
                hasCondition("QAApproved", "False", "RevisionChanged")
                        .and(a -> a.getStatus().getPhase() == Phase.AwaitingQA));
        String revision = changed.getStatus().getQa().getRevision();
        assertThat(revision).isNotEqualTo(approved);
        assertThat(changed.getStatus().getQa().getApprovedRevision()).isEqualTo(approved);
        assertThat(changed.getStatus().getInstall()).isNull();
        assertThat(changed.getStatus().getBrand().getPrimaryColor()).isEqualTo("#aa3300");
        assertThat(changed.getStatus().getBrand().getOverridden()).containsExactly("primaryColor");
        assertThat(RuntimeConfig.fromJson(client.configMaps().withName(name).get().getData()
                .get(RuntimeConfig.CONFIG_KEY)).brand().getPrimaryColor()).isEqualTo("#aa3300");

        annotate(client, name, XappMetadata.QA_REVISION_ANNOTATION, revision);
        assertThat(awaitPhase(client, name, Phase.Ready).getStatus().getInstall().getRevision()).isEqualTo(revision);
    }

    @Test
    void aRuntimeResourceDeletedOrWhoseHashWasChangedByHandIsAppliedAgain() {
        String name = Assistants.createAwaitingQa(client, "drift-1", harness.siteUrl(), "basic");
        var configMap = client.configMaps().withName(name).get();
        client.configMaps().withName(name).delete();
        await().untilAsserted(() -> assertThat(client.configMaps().withName(name).get()).satisfies(c -> {
            assertThat(c).isNotNull();
            assertThat(c.getMetadata().getUid()).isNotEqualTo(configMap.getMetadata().getUid());
            assertThat(c.getData()).isEqualTo(configMap.getData());
        }));

        // Runtime resources are matched by the hash of their rendering (RuntimeDependent): an edit that changes it
        // is undone, the edited fields included.
        var deployment = client.apps().deployments().withName(name).get();
        int replicas = deployment.getSpec().getReplicas();
        String hash = deployment.getMetadata().getAnnotations().get(APPLIED_HASH);
        assertThat(hash).isNotBlank();
        client.apps().deployments().withName(name).edit(d -> {
            d.getSpec().setReplicas(replicas + 2);
            d.getMetadata().getAnnotations().put(APPLIED_HASH, "edited");
            return d;
        });
        await().untilAsserted(() -> assertThat(client.apps().deployments().withName(name).get()).satisfies(d -> {
            assertThat(d.getMetadata().getAnnotations()).containsEntry(APPLIED_HASH, hash);
            assertThat(d.getSpec().getReplicas()).isEqualTo(replicas);
        }));
    }

    private Map<String, String> secretData(String name) {
        Secret secret = client.secrets().withName(name).get();
        return secret.getData().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new String(Base64.getDecoder().decode(e.getValue()), StandardCharsets.UTF_8)));
    }

    private Map<String, String> childVersions(String name) {
        return Map.of("Secret", client.secrets().withName(name).get().getMetadata().getResourceVersion(),
                "ConfigMap", client.configMaps().withName(name).get().getMetadata().getResourceVersion(),
                "Deployment", client.apps().deployments().withName(name).get().getMetadata().getResourceVersion(),
                "Service", client.services().withName(name).get().getMetadata().getResourceVersion());
    }

    private List<Event> events(String name) {
        return client.v1().events().withField("involvedObject.name", name).list().getItems();
    }

    private List<String> eventReasons(String name) {
        return events(name).stream().map(Event::getReason).toList();
    }
}
