package io.xapp.inference.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.inference.web.AssistantAuth;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wiring. The assistant-token signing key is read as the bridge reads it: {@code xapp.assistant-token-key}
 * (env {@code XAPP_ASSISTANT_TOKEN_KEY}) when set, else the file {@code xapp.assistant-token-key-file} (env
 * {@code XAPP_ASSISTANT_TOKEN_KEY_FILE}, default where the chart mounts it). Without a key the service does not
 * start.
 */
@ApplicationScoped
public class InferenceBeans {

    @ConfigProperty(name = "xapp.assistant-token-key")
    Optional<String> tokenKey;

    @ConfigProperty(name = "xapp.assistant-token-key-file")
    Optional<String> tokenKeyFile;

    @Produces
    @Singleton
    AssistantAuth auth() {
        return new AssistantAuth(AssistantTokens.load(tokenKey.orElse(null),
                tokenKeyFile.map(Path::of).orElse(AssistantTokens.DEFAULT_KEY_FILE)));
    }

    @Produces
    @Singleton
    InferenceMetrics metrics(MeterRegistry registry) {
        return new InferenceMetrics(registry);
    }

    /** A missing or short key stops the start, not the first request. */
    void checkKey(@Observes StartupEvent event, AssistantAuth auth) {
    }
}
