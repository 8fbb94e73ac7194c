package io.xapp.runtime.bridge;

import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.runtime.config.InvalidConfigurationException;
import io.xapp.runtime.config.RuntimeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The bridge client the settings call for: HTTP when a bridge URL is set, otherwise one that says it is not. */
@ApplicationScoped
public class BridgeClientProducer {

    /** The HTTP client's own threads: completions and retries only, the calls themselves are non-blocking. */
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "xapp-bridge");
        t.setDaemon(true);
        return t;
    });

    @Produces
    @Singleton
    BridgeClient bridgeClient(RuntimeSettings settings) {
        if (settings.bridgeUrl().isEmpty()) {
            return new UnconfiguredBridgeClient();
        }
        RuntimeConfig.AssistantRef assistant = settings.config().assistant();
        if (assistant == null || assistant.namespace() == null || assistant.name() == null) {
            throw new InvalidConfigurationException("assistant.namespace and assistant.name are required with a "
                    + "bridgeUrl: they name this assistant on the bridge");
        }
        if (settings.secrets().bridgeToken() == null) {
            throw new InvalidConfigurationException("bridge-token is missing: mount the Secret or set "
                    + "XAPP_BRIDGE_TOKEN");
        }
        return new HttpBridgeClient(HttpBridgeClient.assistantBase(settings.bridgeUrl().get(),
                assistant.namespace(), assistant.name()), settings.secrets().bridgeToken(), executor);
    }
}
