package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.xapp.api.runtime.QaChecklist;
import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.operator.cache.MatchedByHash;

/**
 * The runtime's configuration ({@code config.json}) and, once the current revision's pre-review checks are done,
 * their checklist ({@code qa-checks.json}, for the QA preview), mounted at /etc/xapp/config.
 */
@KubernetesDependent(informer = @Informer(labelSelector = RuntimeLabels.MANAGED_BY_SELECTOR,
        itemStore = MatchedByHash.class))
public class RuntimeConfigMap extends RuntimeDependent<ConfigMap> {

    public RuntimeConfigMap() {
        super(ConfigMap.class);
    }

    @Override
    protected ConfigMap desired(RuntimeModel model) {
        ConfigMapBuilder map = new ConfigMapBuilder()
                .withMetadata(model.metadata())
                .addToData(RuntimeConfig.CONFIG_KEY, model.configJson());
        if (model.checklistJson() != null) {
            map.addToData(QaChecklist.CONFIG_KEY, model.checklistJson());
        }
        return map.build();
    }
}
