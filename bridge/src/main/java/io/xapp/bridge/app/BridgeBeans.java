package io.xapp.bridge.app;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.bridge.analytics.AnalyticsService;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.bridge.intake.WebhookResource.WebhookReceiver;
import io.xapp.bridge.kube.CustomerAssistants;
import io.xapp.bridge.relay.RelayService;
import io.xapp.bridge.web.AssistantCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus wiring: one {@link Bridge} built from the partner environment file at start-up, its parts exposed to the
 * REST resources. Settings: {@code xapp.partner-config} (default: env XAPP_PARTNER_CONFIG, else
 * /etc/xapp/partner/partner.yaml); the signing key as in {@link AssistantTokens#load}, its file overridable with
 * {@code xapp.assistant-token-key-file}.
 */
@ApplicationScoped
public class BridgeBeans {

    @ConfigProperty(name = "xapp.partner-config")
    Optional<String> partnerConfig;

    /** Overrides where the assistant-token signing key is read from (local runs, tests). */
    @ConfigProperty(name = "xapp.assistant-token-key-file")
    Optional<String> tokenKeyFile;

    @Produces
    @Singleton
    Bridge bridge(KubernetesClient kube) {
        Path file = partnerConfig.map(Path::of).orElseGet(BridgeConfig::defaultPath);
        BridgeConfig config = BridgeConfig.load(file);
        AssistantTokens tokens = AssistantTokens.load(System.getenv(AssistantTokens.KEY_ENV),
                tokenKeyFile.map(Path::of).orElse(AssistantTokens.DEFAULT_KEY_FILE));
        return new Bridge(config, kube, tokens, Clock.systemUTC());
    }

    @Produces
    @Singleton
    WebhookReceiver webhook(Bridge bridge) {
        return bridge.webhook();
    }

    @Produces
    @Singleton
    RelayService relay(Bridge bridge) {
        return bridge.relay();
    }

    @Produces
    @Singleton
    AnalyticsService analytics(Bridge bridge) {
        return bridge.analytics();
    }

    @Produces
    @Singleton
    CustomerAssistants customers(Bridge bridge) {
        return bridge.customers();
    }

    @Produces
    @Singleton
    AssistantCaller caller(Bridge bridge) {
        return bridge.caller();
    }

    void onStart(@Observes StartupEvent event, Bridge bridge) {
        bridge.start();
    }

    void onStop(@Observes ShutdownEvent event, Bridge bridge) {
        bridge.close();
    }
}
