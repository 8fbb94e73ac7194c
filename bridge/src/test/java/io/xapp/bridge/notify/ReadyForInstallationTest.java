package io.xapp.bridge.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.NotificationsStatus;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.bridge.app.Bridge;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.bridge.events.EventSource;
import io.xapp.testing.support.Crds;
import io.xapp.bridge.testing.Events;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.SqsQueues;
import io.xapp.bridge.testing.TestConfig;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * ReadyForInstallation seen where the partner sees it: their bus, a rule, and an SQS queue as the rule's target
 * (moto). The test plays the operator by writing the Assistant's status with the operator's field manager.
 */
@LocalCluster
class ReadyForInstallationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    KubernetesClient client;
    TestNamespace namespace;

    @Test
    void sentOncePerApprovedRevisionRetriedUntilTheBusExistsAndNotRepeatedAfterARestart() throws Exception {
        Crds.apply(client, TestConfig.FIELD_MANAGER);
        Moto moto = Moto.get();
        SqsClient sqs = moto.sqs();
        EventBridgeClient events = moto.eventBridge();
        String bus = "partner-bus-" + namespace.name();
        String inbox = SqsQueues.create(sqs, "partner-inbox");
        BridgeConfig config = TestConfig.create("ready").namespace(namespace.name()).bus(moto.url(), bus).build();
        AssistantTokens tokens = new AssistantTokens(TestConfig.TOKEN_KEY.getBytes(StandardCharsets.UTF_8));

        Bridge first = new Bridge(config, client, tokens, Clock.systemUTC());
        first.start();
        String customer = "cust-" + namespace.name();
        String name = CustomerNames.assistantName(customer);
        first.intake().accept(Events.create(customer, "growth", 12).getBytes(StandardCharsets.UTF_8),
                new EventSource("m-1", Instant.now()));

        operatorPublishes(name, "rev-1");
        // The partner's bus does not exist yet: PutEvents fails and the bridge keeps retrying with backoff.
        await().atMost(Duration.ofSeconds(60)).until(() -> attempts(first, name) > 0);
        // Stopped while the partner sets up: a bus without its rule yet would accept the event and drop it. The
        // next bridge resumes the pending notification from the database.
        first.close();
        events.createEventBus(r -> r.name(bus));
        events.putRule(r -> r.name("to-inbox").eventBusName(bus)
                .eventPattern("{\"detail-type\": [\"ReadyForInstallation\"], \"source\": [\"xapp.bridge\"]}"));
        events.putTargets(r -> r.rule("to-inbox").eventBusName(bus)
                .targets(t -> t.id("inbox").arn(SqsQueues.arn(sqs, inbox))));
        Bridge bridge = new Bridge(config, client, tokens, Clock.systemUTC());
        bridge.start();

        List<Message> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            received.addAll(SqsQueues.drain(sqs, inbox, 1));
            return !received.isEmpty();
        });
        JsonNode event = JSON.readTree(received.get(0).body());
        assertThat(event.get("detail-type").asText()).isEqualTo("ReadyForInstallation");
        assertThat(event.get("source").asText()).isEqualTo("xapp.bridge");
        JsonNode detail = event.get("detail");
        String key = ReadyNotifier.idempotencyKey(namespace.name(), name, "rev-1");
        assertThat(detail.get("id").asText()).isEqualTo(customer);
        assertThat(detail.get("widget_key").asText()).isEqualTo("wk_rev-1");
        assertThat(detail.get("widget_snippet").asText()).contains(name + "/widget.js");
        assertThat(detail.get("search_key").asText()).isEqualTo("sk_rev-1");
        assertThat(detail.get("search_snippet").asText()).contains(name + "/search.js");
        assertThat(detail.get("idempotency_key").asText()).isEqualTo(key);

        // Recorded in the status, next to the operator's fields, which stay as the operator wrote them.
        await().atMost(Duration.ofSeconds(30)).until(() -> notified(name) != null);
        NotificationsStatus.ReadyForInstallation n = notified(name);
        assertThat(n.getRevision()).isEqualTo("rev-1");
        assertThat(n.getIdempotencyKey()).isEqualTo(key);
        assertThat(n.getEventId()).isEqualTo(event.get("id").asText());
        Assistant a = client.resources(Assistant.class).withName(name).get();
        assertThat(a.getStatus().getPhase()).isEqualTo(Phase.Ready);
        assertThat(a.getStatus().getInstall().getWidgetKey()).isEqualTo("wk_rev-1");
        assertThat(a.getMetadata().getManagedFields()).anyMatch(f -> "xapp-operator".equals(f.getManager())
                && "status".equals(f.getSubresource()));

        // A restart (same database) re-lists every Assistant: nothing is sent again.
        bridge.close();
        Bridge restarted = new Bridge(config, client, tokens, Clock.systemUTC());
        restarted.start();
        try {
            operatorPublishes(name, "rev-1"); // the operator re-applies its status: still nothing new
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(20))
                    .until(() -> SqsQueues.drain(sqs, inbox, 1).isEmpty());

            // QA approves a new revision: exactly one more event, for it.
            operatorPublishes(name, "rev-2");
            List<Message> second = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                second.addAll(SqsQueues.drain(sqs, inbox, 1));
                return !second.isEmpty();
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> "rev-2".equals(notified(name).getRevision()));
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(15)).until(() -> {
                second.addAll(SqsQueues.drain(sqs, inbox, 1));
                return true;
            });
            assertThat(second).hasSize(1);
            assertThat(JSON.readTree(second.get(0).body()).at("/detail/revision").asText()).isEqualTo("rev-2");
        } finally {
            restarted.close();
        }
    }

    /** What the operator writes once QA approved a revision (its own field manager, status subresource). */
    private void operatorPublishes(String name, String revision) {
        ObjectNode patch = JSON.createObjectNode();
        patch.put("apiVersion", "xapp.io/v1alpha1").put("kind", "Assistant");
        patch.putObject("metadata").put("name", name).put("namespace", namespace.name());
        ObjectNode status = patch.putObject("status");
        status.put("phase", "Ready").put("observedGeneration", 1);
        ObjectNode install = status.putObject("install");
        String base = "https://assist.partner.example/" + name;
        install.put("revision", revision).put("widgetKey", "wk_" + revision).put("searchKey", "sk_" + revision)
                .put("widgetSnippet", "<script async src=\"" + base + "/widget.js\" data-xapp-key=\"wk_" + revision
                        + "\"></script>")
                .put("searchSnippet", "<script async src=\"" + base + "/search.js\" data-xapp-key=\"sk_" + revision
                        + "\"></script>")
                .put("publishedAt", Instant.now().toString());
        client.resources(Assistant.class).withName(name).subresource("status").patch(new PatchContext.Builder()
                .withPatchType(PatchType.SERVER_SIDE_APPLY).withFieldManager("xapp-operator").withForce(true)
                .build(), patch.toString());
    }

    private NotificationsStatus.ReadyForInstallation notified(String name) {
        Assistant a = client.resources(Assistant.class).withName(name).get();
        return a.getStatus() == null || a.getStatus().getNotifications() == null ? null
                : a.getStatus().getNotifications().getReadyForInstallation();
    }

    private static int attempts(Bridge bridge, String name) {
        return bridge.database().withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(attempts), 0) FROM outbox WHERE kind = ? AND name = ?")) {
                ps.setString(1, ReadyNotifier.READY_FOR_INSTALLATION);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
