package io.xapp.operator.cache;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.xapp.api.kube.TrimmedItemStore;

/**
 * The cache of a runtime kind the Assistant controller matches by the hash annotation of its rendering
 * ({@code RuntimeDependent}), not by its content or managed fields: it keeps the metadata (names, labels, owner
 * references, the hash) without managed fields, and of the rest only what the reconciler reads, the Deployment's
 * replicas and rollout status. Gone are the Deployment's Pod template, the Service's and Ingress's spec, the
 * ConfigMap's config.json. The Secret is not trimmed this way: the reconciler reads its keys.
 */
public final class MatchedByHash<R extends HasMetadata> extends TrimmedItemStore<R> {

    public MatchedByHash() {
        super(MatchedByHash::trim);
    }

    /** Trims {@code resource} in place to what the operator reads of it. */
    public static <R extends HasMetadata> R trim(R resource) {
        withoutManagedFields(resource);
        if (resource instanceof Deployment d) {
            DeploymentSpec spec = new DeploymentSpec();
            spec.setReplicas(d.getSpec() == null ? null : d.getSpec().getReplicas());
            d.setSpec(spec);
            if (d.getStatus() != null) {
                d.getStatus().setConditions(null);
            }
        } else if (resource instanceof ConfigMap c) {
            c.setData(null);
            c.setBinaryData(null);
        } else if (resource instanceof Service s) {
            s.setSpec(null);
            s.setStatus(null);
        } else if (resource instanceof Ingress i) {
            i.setSpec(null);
            i.setStatus(null);
        } else if (resource instanceof PersistentVolumeClaim p) {
            p.setSpec(null);
            p.setStatus(null);
        }
        return resource;
    }
}
