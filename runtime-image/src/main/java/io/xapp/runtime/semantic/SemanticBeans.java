package io.xapp.runtime.semantic;

import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.runtime.config.InvalidConfigurationException;
import io.xapp.runtime.config.RuntimeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The embedder the settings call for: the inference service when one is configured, otherwise none. */
@ApplicationScoped
public class SemanticBeans {

    @Produces
    @Singleton
    Embedder embedder(RuntimeSettings settings) {
        if (settings.inferenceUrl().isEmpty()) {
            return Embedder.NONE;
        }
        RuntimeConfig.AssistantRef assistant = settings.config().assistant();
        if (assistant == null || assistant.namespace() == null || assistant.name() == null) {
            throw new InvalidConfigurationException("assistant.namespace and assistant.name are required with an "
                    + "inferenceUrl: the inference service checks the assistant token against them");
        }
        if (settings.secrets().bridgeToken() == null) {
            throw new InvalidConfigurationException("bridge-token is missing: the runtime presents it to the "
                    + "inference service too; mount the Secret or set XAPP_BRIDGE_TOKEN");
        }
        return new InferenceClient(settings.inferenceUrl().get(), assistant.namespace() + "/" + assistant.name(),
                settings.secrets().bridgeToken());
    }
}
