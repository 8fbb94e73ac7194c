package io.xapp.bridge.app;

import io.xapp.api.auth.AssistantTokens;
import io.xapp.bridge.config.BridgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What Quarkus builds the {@link Bridge} from: the partner environment file, the assistant-token signing key and the
 * clock. Settings: {@code xapp.partner-config} (also env XAPP_PARTNER_CONFIG, the name Quarkus maps it to; default
 * /etc/xapp/partner/partner.yaml); the signing key as in {@link AssistantTokens#load}, its file overridable with
 * {@code xapp.assistant-token-key-file}.
 */
@ApplicationScoped
public class BridgeInputs {

    @ConfigProperty(name = "xapp.partner-config", defaultValue = BridgeConfig.DEFAULT_PATH)
    String partnerConfig;

    /** Overrides where the assistant-token signing key is read from (local runs, tests). */
    @ConfigProperty(name = "xapp.assistant-token-key-file")
    Optional<String> tokenKeyFile;

    @Produces
    @Singleton
    BridgeConfig config() {
        return BridgeConfig.load(Path.of(partnerConfig));
    }

    @Produces
    @Singleton
    AssistantTokens tokens() {
        return AssistantTokens.load(System.getenv(AssistantTokens.KEY_ENV),
                tokenKeyFile.map(Path::of).orElse(AssistantTokens.DEFAULT_KEY_FILE));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
