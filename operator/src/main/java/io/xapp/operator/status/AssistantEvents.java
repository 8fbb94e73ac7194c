package io.xapp.operator.status;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Kubernetes Events about Assistants ({@code kubectl describe assistant} and {@code kubectl get events} show
 * them): one for every phase change, and for QA verdicts. An Event that cannot be written is logged, never a
 * reason to fail the reconcile.
 */
public class AssistantEvents {

    public static final String COMPONENT = "xapp-operator";
    public static final String NORMAL = "Normal";
    public static final String WARNING = "Warning";

    private static final Logger LOG = Logger.getLogger(AssistantEvents.class);

    private final KubernetesClient client;
    private final Clock clock;
    private final String instance;

    public AssistantEvents(KubernetesClient client, Clock clock, String instance) {
        this.client = client;
        this.clock = clock;
        this.instance = instance;
    }

    /** The Event for a phase change; reason is the new phase, Warning for Failed. */
    public void phaseChanged(Assistant assistant, Phase from, Phase to, String message) {
        String text = (from == null ? "Phase " + to : "Phase " + from + " -> " + to) + ": " + message;
        record(assistant, to == Phase.Failed ? WARNING : NORMAL, to.name(), text);
    }

    public void record(Assistant assistant, String type, String reason, String message) {
        var meta = assistant.getMetadata();
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        var event = new EventBuilder()
                .withNewMetadata()
                .withNamespace(meta.getNamespace())
                .withName(meta.getName() + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 16))
                .endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder()
                        .withApiVersion(assistant.getApiVersion())
                        .withKind(assistant.getKind())
                        .withNamespace(meta.getNamespace())
                        .withName(meta.getName())
                        .withUid(meta.getUid())
                        .withResourceVersion(meta.getResourceVersion())
                        .build())
                .withType(type)
                .withReason(reason)
                .withMessage(truncate(message))
                .withFirstTimestamp(now)
                .withLastTimestamp(now)
                .withCount(1)
                .withNewSource().withComponent(COMPONENT).endSource()
                .withReportingComponent(COMPONENT)
                .withReportingInstance(instance)
                .build();
        try {
            client.v1().events().inNamespace(meta.getNamespace()).resource(event).create();
        } catch (KubernetesClientException e) {
            LOG.warnf("could not record Event %s for Assistant %s/%s: %s", reason, meta.getNamespace(),
                    meta.getName(), e.getMessage());
        }
    }

    // The API server refuses Event messages over 1 KiB.
    private static String truncate(String message) {
        return message.length() <= 1000 ? message : message.substring(0, 997) + "...";
    }
}
