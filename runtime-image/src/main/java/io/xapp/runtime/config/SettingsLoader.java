package io.xapp.runtime.config;

import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.api.runtime.RuntimeSecrets;
import io.xapp.api.time.Durations;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.AssistantTemplateSpec.CallToAction;
import io.xapp.api.v1alpha1.BrandStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and checks the runtime's configuration; every problem is reported with what to set. */
public final class SettingsLoader {

    static final String DEFAULT_GREETING = "Hi! I'm the assistant of {company}. Ask me about our services, prices "
            + "or opening hours.";
    static final String DEFAULT_NO_CONTENT = "I couldn't find that on our website.";
    static final RuntimeConfig.RateLimits DEFAULT_RATE_LIMITS = new RuntimeConfig.RateLimits(600, 30);
    static final String DEFAULT_CADENCE = "24h";

    public RuntimeSettings load(XappProperties props) {
        RuntimeConfig base = readConfig(props);
        RuntimeConfig config = applyOverrides(base, props);
        URI website = website(config);
        List<String> origins = allowedOrigins(config, website);
        Path dataDir = config.dataDir() != null && !config.dataDir().isBlank() ? Path.of(config.dataDir())
                : Path.of(System.getProperty("java.io.tmpdir"), "xapp-runtime");
        String cadence = config.crawl() != null && config.crawl().cadence() != null ? config.crawl().cadence()
                : DEFAULT_CADENCE;
        RuntimeConfig.RateLimits limits = rateLimits(config.rateLimits());
        Optional<String> prefix = Optional.ofNullable(config.assistant()).map(RuntimeConfig.AssistantRef::name)
                .filter(n -> !n.isBlank()).map(n -> "/" + n);
        try {
            return new RuntimeSettings(config, secrets(props), website, prefix, dataDir, origins, limits,
                    Durations.parse(cadence), template(config.template()),
                    config.brand() != null ? config.brand() : new BrandStatus(), inferenceUrl(config));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("crawl.cadence: " + e.getMessage(), e);
        }
    }

    private RuntimeConfig readConfig(XappProperties props) {
        if (props.config().isPresent() && !props.config().get().isBlank()) {
            return parse(props.config().get(), "XAPP_CONFIG");
        }
        Path file = Path.of(props.configFile());
        if (!Files.isRegularFile(file)) {
            if (props.website().isPresent()) {
                return new RuntimeConfig(null, null, null, null, null, null, null, null, null, null, null, null, null);
            }
            throw new InvalidConfigurationException("no runtime configuration: mount the operator's ConfigMap at "
                    + file + ", or set XAPP_CONFIG_FILE (a RuntimeConfig JSON file), XAPP_CONFIG (the JSON inline) "
                    + "or at least XAPP_WEBSITE");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidConfigurationException("cannot read the runtime configuration " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static RuntimeConfig parse(String json, String source) {
        try {
            return RuntimeConfig.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(source + ": " + e.getMessage(), e);
        }
    }

    private static RuntimeConfig applyOverrides(RuntimeConfig c, XappProperties p) {
        RuntimeConfig.AssistantRef assistant = c.assistant();
        if (p.assistantName().isPresent()) {
            RuntimeConfig.AssistantRef a = assistant != null ? assistant
                    : new RuntimeConfig.AssistantRef(null, null, null, null);
            assistant = new RuntimeConfig.AssistantRef(a.namespace(), p.assistantName().get(), a.customerId(),
                    a.revision());
        }
        RuntimeConfig.Crawl crawl = c.crawl();
        if (p.crawlAllowLoopback().isPresent()) {
            RuntimeConfig.Crawl k = crawl != null ? crawl
                    : new RuntimeConfig.Crawl(null, 0, List.of(), List.of(), false, null);
            crawl = new RuntimeConfig.Crawl(k.cadence(), k.maxPages(), k.include(), k.exclude(),
                    p.crawlAllowLoopback().get(), k.userAgent(), k.allowedNetworks());
        }
        return new RuntimeConfig(assistant, c.companyName(), p.website().orElse(c.website()), c.publicUrl(),
                c.channels(), c.brand(), c.template(), crawl, p.allowedOrigins().orElse(c.allowedOrigins()),
                c.rateLimits(), p.bridgeUrl().orElse(c.bridgeUrl()), p.inferenceUrl().orElse(c.inferenceUrl()),
                p.dataDir().orElse(c.dataDir()));
    }

    /** The operator's inferenceUrl (XAPP_INFERENCE_URL overrides it); empty when neither names one. */
    private static Optional<URI> inferenceUrl(RuntimeConfig config) {
        Optional<String> url = Optional.ofNullable(config.inferenceUrl()).map(String::strip).filter(u -> !u.isEmpty());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.get());
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return Optional.of(uri);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("inferenceUrl '" + url.get() + "' is not an http(s) URL; set it "
                    + "like http://xapp-inference:8080", e);
        }
    }

    private static URI website(RuntimeConfig config) {
        if (config.website() == null || config.website().isBlank()) {
            throw new InvalidConfigurationException("website is not set: put it in the configuration or set "
                    + "XAPP_WEBSITE, e.g. https://www.example.com/");
        }
        URI uri;
        try {
            uri = URI.create(config.website().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("website '" + config.website() + "' is not a URL", e);
        }
        if (Origins.of(uri.toString()).isEmpty()) {
            throw new InvalidConfigurationException("website '" + config.website() + "' must be an absolute "
                    + "http(s) URL");
        }
        return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
    }

    private static List<String> allowedOrigins(RuntimeConfig config, URI website) {
        List<String> origins = new ArrayList<>();
        for (String o : config.allowedOrigins()) {
            origins.add(Origins.of(o).orElseThrow(() -> new InvalidConfigurationException("allowedOrigins: '" + o
                    + "' is not an origin; write it like https://www.example.com")));
        }
        if (origins.isEmpty()) {
            origins.add(Origins.of(website.toString()).orElseThrow());
        }
        return origins;
    }

    private static RuntimeConfig.RateLimits rateLimits(RuntimeConfig.RateLimits limits) {
        if (limits == null) {
            return DEFAULT_RATE_LIMITS;
        }
        return new RuntimeConfig.RateLimits(
                limits.perKeyPerMinute() > 0 ? limits.perKeyPerMinute() : DEFAULT_RATE_LIMITS.perKeyPerMinute(),
                limits.perClientPerMinute() > 0 ? limits.perClientPerMinute()
                        : DEFAULT_RATE_LIMITS.perClientPerMinute());
    }

    private static AssistantTemplateSpec template(AssistantTemplateSpec given) {
        AssistantTemplateSpec t = given != null ? given : new AssistantTemplateSpec();
        if (t.getGreeting() == null || t.getGreeting().isBlank()) {
            t.setGreeting(DEFAULT_GREETING);
        }
        if (t.getNoContentMessage() == null || t.getNoContentMessage().isBlank()) {
            t.setNoContentMessage(DEFAULT_NO_CONTENT);
        }
        if (t.getSuggestedQuestions() == null) {
            t.setSuggestedQuestions(List.of());
        }
        if (t.getVocabulary() == null) {
            t.setVocabulary(List.of());
        }
        if (t.getCallsToAction() == null || t.getCallsToAction().isEmpty()) {
            t.setCallsToAction(List.of(new CallToAction(CallToAction.Type.LEAD_CAPTURE, "Talk to our team")));
        }
        return t;
    }

    private static Secrets secrets(XappProperties p) {
        Path dir = Path.of(p.secretsDir());
        String widget = secret(dir, RuntimeSecrets.WIDGET_KEY, p.widgetKey());
        String search = secret(dir, RuntimeSecrets.SEARCH_KEY, p.searchKey());
        if (widget == null && search == null) {
            throw new InvalidConfigurationException("no channel key: mount the Secret at " + dir + " or set "
                    + RuntimeSecrets.envVar(RuntimeSecrets.WIDGET_KEY) + " and/or "
                    + RuntimeSecrets.envVar(RuntimeSecrets.SEARCH_KEY));
        }
        return new Secrets(widget, search, secret(dir, RuntimeSecrets.BRIDGE_TOKEN, p.bridgeToken()),
                secret(dir, RuntimeSecrets.PREVIEW_TOKEN, p.previewToken()));
    }

    /** The Secret's file wins over the env var, as in the pod the file is what the operator rotates. */
    private static String secret(Path dir, String key, Optional<String> fromEnv) {
        Path file = dir.resolve(key);
        if (Files.isRegularFile(file)) {
            try {
                String value = Files.readString(file, StandardCharsets.UTF_8).strip();
                return value.isEmpty() ? null : value;
            } catch (IOException e) {
                throw new InvalidConfigurationException("cannot read secret " + file + ": " + e.getMessage(), e);
            }
        }
        return fromEnv.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
