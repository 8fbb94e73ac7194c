package io.xapp.bridge.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.xapp.api.kube.WriteRate;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.bridge.json.Json;
import io.xapp.bridge.subscription.KubernetesAssistantWriter;
import java.time.Instant;

/**
 * Writes {@code status.notifications.readyForInstallation} and nothing else, with server-side apply on the status
 * subresource under the bridge's field manager, so the operator's status fields are never touched.
 */
public class NotificationStatusWriter {

    private final KubernetesClient client;
    private final WriteRate writes;

    public NotificationStatusWriter(KubernetesClient client, WriteRate writes) {
        this.client = client;
        this.writes = writes;
    }

    void record(String namespace, String name, String idempotencyKey, ReadyNotifier.Sent sent) {
        ObjectNode patch = Json.object();
        patch.put("apiVersion", Assistant.GROUP + "/" + Assistant.VERSION);
        patch.put("kind", "Assistant");
        patch.putObject("metadata").put("name", name).put("namespace", namespace);
        ObjectNode rfi = patch.putObject("status").putObject("notifications").putObject("readyForInstallation");
        rfi.put("revision", sent.revision());
        rfi.put("idempotencyKey", idempotencyKey);
        rfi.put("eventId", sent.eventId());
        rfi.put("sentAt", Instant.ofEpochMilli(sent.sentAt()).toString());
        writes.acquire();
        try {
            client.resources(Assistant.class).inNamespace(namespace).withName(name)
                    .subresource("status")
                    .patch(new PatchContext.Builder().withPatchType(PatchType.SERVER_SIDE_APPLY)
                            .withFieldManager(KubernetesAssistantWriter.FIELD_MANAGER).withForce(true).build(),
                            Json.write(patch));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return; // the Assistant is gone: nothing left to record on
            }
            throw e;
        }
    }
}
