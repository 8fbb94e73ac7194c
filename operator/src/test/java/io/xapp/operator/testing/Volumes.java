package io.xapp.operator.testing;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;

/**
 * Statically provisioned volumes: the local cluster has no provisioner, so a claim of a storage class binds only
 * once a test offers a volume of that class. Until then the runtime's Pod cannot be scheduled, which holds an
 * Assistant in Provisioning for as long as a test needs.
 */
public final class Volumes {

    private Volumes() {
    }

    /** Offers a 1Gi volume of {@code storageClass}; delete it with {@link #remove}. */
    public static void offer(KubernetesClient client, String name, String storageClass) {
        PersistentVolume pv = new PersistentVolumeBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec()
                .withCapacity(Map.of("storage", new Quantity("1Gi")))
                .withAccessModes("ReadWriteOnce")
                .withStorageClassName(storageClass)
                .withPersistentVolumeReclaimPolicy("Retain")
                .withNewHostPath().withPath("/tmp/" + name).endHostPath()
                .endSpec()
                .build();
        client.persistentVolumes().resource(pv).create();
    }

    public static void remove(KubernetesClient client, String name) {
        client.persistentVolumes().withName(name).delete();
    }
}
