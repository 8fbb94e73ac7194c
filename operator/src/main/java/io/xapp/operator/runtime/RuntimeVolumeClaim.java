package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.xapp.operator.cache.MatchedByHash;
import java.util.Map;

/** The runtime's index volume, so a restarted runtime needs no full crawl; only with persistence enabled. */
@KubernetesDependent(informer = @Informer(labelSelector = RuntimeLabels.MANAGED_BY_SELECTOR,
        itemStore = MatchedByHash.class))
public class RuntimeVolumeClaim extends RuntimeDependent<PersistentVolumeClaim> {

    public RuntimeVolumeClaim() {
        super(PersistentVolumeClaim.class);
    }

    @Override
    protected PersistentVolumeClaim desired(RuntimeModel model) {
        var persistence = model.runtime().persistence();
        return new PersistentVolumeClaimBuilder()
                .withMetadata(model.metadata())
                .withNewSpec()
                .withAccessModes("ReadWriteOnce")
                .withStorageClassName(persistence.storageClassName())
                .withNewResources().withRequests(Map.of("storage", new Quantity(persistence.size()))).endResources()
                .endSpec()
                .build();
    }
}
