package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.xapp.operator.cache.MatchedByHash;
import java.util.List;
import java.util.TreeMap;

/**
 * Routes {@code /<name>/} on the partner's assistant host to the runtime, without rewriting (docs/contracts.md,
 * "Public URLs and snippets"); only when the partner environment enables ingress.
 */
@KubernetesDependent(informer = @Informer(labelSelector = RuntimeLabels.MANAGED_BY_SELECTOR,
        itemStore = MatchedByHash.class))
public class RuntimeIngress extends RuntimeDependent<Ingress> {

    public RuntimeIngress() {
        super(Ingress.class);
    }

    @Override
    protected Ingress desired(RuntimeModel model) {
        var settings = model.ingress();
        var meta = model.metadata();
        meta.setAnnotations(new TreeMap<>(settings.annotations()));
        return new IngressBuilder()
                .withMetadata(meta)
                .withNewSpec()
                .withIngressClassName(settings.className())
                .withTls(settings.tlsSecretName() == null ? List.of()
                        : List.of(new IngressTLSBuilder().withHosts(settings.host())
                                .withSecretName(settings.tlsSecretName()).build()))
                .addNewRule()
                .withHost(settings.host())
                .withNewHttp()
                .addNewPath()
                .withPath("/" + model.name() + "/")
                .withPathType("Prefix")
                .withNewBackend().withNewService().withName(model.name()).withNewPort()
                .withName(RuntimeDeployment.PORT_NAME).endPort().endService().endBackend()
                .endPath()
                .endHttp()
                .endRule()
                .endSpec()
                .build();
    }
}
