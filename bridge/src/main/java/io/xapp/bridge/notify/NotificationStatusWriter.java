package io.xapp.bridge.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.bridge.kube.WriteRate;
import io.xapp.bridge.subscription.KubernetesAssistantWriter;
import java.time.Instant;

/**
 * Writes {@code status.notifications.readyForInstallation} and nothing else, with server-side apply on the status
 * subresource under the bridge's field manager, so the operator's status fields are never touched.
 */
public class NotificationStatusWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;
    private final WriteRate writes;

    public NotificationStatusWriter(KubernetesClient client, WriteRate writes) {
        this.client = client;
        this.writes = writes;
    }

    void record(PendingNotification sent) {
        ObjectNode patch = JSON.createObjectNode();
        patch.put("apiVersion", Assistant.GROUP + "/" + Assistant.VERSION);
        patch.put("kind", "Assistant");
        patch.putObject("metadata").put("name", sent.name()).put("namespace", sent.namespace());
        ObjectNode rfi = patch.putObject("status").putObject("notifications").putObject("readyForInstallation");
        rfi.put("revision", sent.revision());
        rfi.put("idempotencyKey", sent.idempotencyKey());
        rfi.put("eventId", sent.eventId());
        rfi.put("sentAt", Instant.ofEpochMilli(sent.sentAt()).toString());
        writes.acquire();
        try {
            client.resources(Assistant.class).inNamespace(sent.namespace()).withName(sent.name())
                    .subresource("status")
                    .patch(new PatchContext.Builder().withPatchType(PatchType.SERVER_SIDE_APPLY)
                            .withFieldManager(KubernetesAssistantWriter.FIELD_MANAGER).withForce(true).build(),
                            JSON.writeValueAsString(patch));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return; // the Assistant is gone: nothing left to record on
            }
            throw e;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
