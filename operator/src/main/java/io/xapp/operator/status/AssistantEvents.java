package io.xapp.operator.status;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Kubernetes Events about Assistants ({@code kubectl describe assistant} and {@code kubectl get events} show
 * them): one for every phase change, and for QA verdicts. An Event that cannot be written is logged, never a
 * reason to fail the reconcile.
 *
 * <p>Events are written by a thread of their own, in the order recorded, as client-go's event broadcaster does: a
 * reconcile does not wait for them (during a burst of new Assistants they are a third of the operator's writes).
 * At most {@value #BACKLOG} wait; beyond that new ones are dropped and counted in the log, never blocking a
 * reconcile.
 */
public class AssistantEvents {

    public static final String COMPONENT = "xapp-operator";
    public static final String NORMAL = "Normal";
    public static final String WARNING = "Warning";

    private static final Logger LOG = Logger.getLogger(AssistantEvents.class);
    static final int BACKLOG = 5000;

    private final KubernetesClient client;
    private final Clock clock;
    private final String instance;
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(BACKLOG), r -> {
                Thread t = new Thread(r, "event-writer");
                t.setDaemon(true);
                return t;
            }, (task, pool) -> dropped());
    private final AtomicLong dropped = new AtomicLong();

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
        writer.execute(() -> {
            try {
                client.v1().events().inNamespace(meta.getNamespace()).resource(event).create();
            } catch (RuntimeException e) {
                LOG.warnf("could not record Event %s for Assistant %s/%s: %s", reason, meta.getNamespace(),
                        meta.getName(), e.getMessage());
            }
        });
    }

    private void dropped() {
        long n = dropped.incrementAndGet();
        if (n == 1 || n % 1000 == 0) {
            LOG.warnf("%d Events dropped so far: more than %d were waiting to be written (the API server is slow)", n,
                    BACKLOG);
        }
    }

    // The API server refuses Event messages over 1 KiB.
    private static String truncate(String message) {
        return message.length() <= 1000 ? message : message.substring(0, 997) + "...";
    }
}
