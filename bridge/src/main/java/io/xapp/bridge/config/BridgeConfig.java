package io.xapp.bridge.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.xapp.api.kube.WriteRate;
import io.xapp.api.partner.PartnerEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the bridge is configured with: the partner environment file's shared sections
 * ({@link PartnerEnvironment}) and the bridge's own sections of the same file.
 */
public record BridgeConfig(PartnerEnvironment partner, Sections sections) {

    public static final String DEFAULT_PATH = "/etc/xapp/partner/partner.yaml";
    public static final String PATH_ENV = "XAPP_PARTNER_CONFIG";

    /** Keys it does not know are ignored, in every section: the file is shared with the other components. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The bridge's own sections; absent ones take their defaults (an absent endpoint is switched off). */
    public record Sections(
            @JsonProperty("events") EventsSettings events,
            @JsonProperty("webhook") WebhookSettings webhook,
            @JsonProperty("partnerApi") PartnerApiSettings partnerApi,
            @JsonProperty("analytics") AnalyticsSettings analytics,
            @JsonProperty("store") StoreSettings store,
            @JsonProperty("kubernetes") KubernetesSettings kubernetes) {

        public Sections {
            events = events == null ? EventsSettings.NONE : events;
            webhook = webhook == null ? WebhookSettings.NONE : webhook;
            partnerApi = partnerApi == null ? PartnerApiSettings.NONE : partnerApi;
            analytics = analytics == null ? AnalyticsSettings.NONE : analytics;
            store = store == null ? StoreSettings.DEFAULT : store;
            kubernetes = kubernetes == null ? KubernetesSettings.DEFAULT : kubernetes;
        }
    }

    /**
     * Which namespace the bridge writes and watches Assistants in (default: the namespace it runs in), and how many
     * write requests per second it sends the API server at most (a burst of partner events waits for its turn).
     */
    public record KubernetesSettings(@JsonProperty("namespace") String namespace,
                                     @JsonProperty("writesPerSecond") Integer writesPerSecond) {
        public static final KubernetesSettings DEFAULT = new KubernetesSettings(null, null);
        public static final String WRITES_PER_SECOND = "kubernetes.writesPerSecond";

        public KubernetesSettings {
            writesPerSecond = writesPerSecond == null ? 50 : writesPerSecond;
        }

        void validate(List<String> problems) {
            WriteRate.problem(WRITES_PER_SECOND, writesPerSecond).ifPresent(problems::add);
        }
    }

    public EventsSettings events() { return sections.events(); }
    public WebhookSettings webhook() { return sections.webhook(); }
    public PartnerApiSettings partnerApi() { return sections.partnerApi(); }
    public AnalyticsSettings analytics() { return sections.analytics(); }
    public StoreSettings store() { return sections.store(); }
    public KubernetesSettings kubernetes() { return sections.kubernetes(); }

    /** Adds a problem when {@code setting} is outside {@code [min, max]}. */
    static void inRange(List<String> problems, String setting, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(setting + " must be " + min + " to " + max + ", got " + value);
        }
    }

    public static BridgeConfig load(Path file) {
        byte[] yaml;
        try {
            yaml = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidBridgeConfigException("cannot read the partner environment file " + file + " ("
                    + e.getMessage() + "); mount it there or set " + PATH_ENV, e);
        }
        return parse(yaml, file.toString());
    }

    public static BridgeConfig parse(byte[] yaml, String source) {
        PartnerEnvironment partner = PartnerEnvironment.parse(new ByteArrayInputStream(yaml), source);
        Sections sections;
        try {
            sections = YAML.readValue(yaml, Sections.class);
        } catch (IOException e) {
            throw new InvalidBridgeConfigException("the bridge sections of " + source + " are malformed: "
                    + e.getMessage(), e);
        }
        BridgeConfig config = new BridgeConfig(partner, sections);
        List<String> problems = new ArrayList<>();
        sections.events().validate(problems);
        sections.webhook().validate(problems);
        sections.partnerApi().validate(problems);
        sections.analytics().validate(problems);
        sections.store().validate(problems);
        sections.kubernetes().validate(problems);
        if (sections.events().consumesQueue() && sections.store().maxPoolSize() <= sections.events().concurrency()) {
            problems.add("store.maxPoolSize (" + sections.store().maxPoolSize() + ") must be larger than "
                    + "events.concurrency (" + sections.events().concurrency() + "): each event worker holds a "
                    + "database connection while it writes the Assistant");
        }
        if (!problems.isEmpty()) {
            throw new InvalidBridgeConfigException("the bridge sections of " + source + " are invalid: "
                    + String.join("; ", problems));
        }
        return config;
    }
}
