package io.xapp.api.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.xapp.api.v1alpha1.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One partner environment's configuration (one Helm release): the sections the operator and the bridge share.
 * Each component may read further sections of the same file for itself; unknown keys are ignored here.
 *
 * <p>Loaded from YAML (the chart renders it into a ConfigMap); {@link #validate()} reports every problem at once
 * so a bad values file fails the release with one clear message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerEnvironment(
        @JsonProperty("partnerId") String partnerId,
        @JsonProperty("publicBaseUrl") String publicBaseUrl,
        @JsonProperty("tiers") Map<String, Tier> tiers,
        @JsonProperty("runtime") RuntimeSettings runtime,
        @JsonProperty("ingress") IngressSettings ingress,
        @JsonProperty("crawl") CrawlDefaults crawl,
        @JsonProperty("qa") QaSettings qa,
        @JsonProperty("cancellation") CancellationSettings cancellation) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public PartnerEnvironment {
        tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
        runtime = runtime == null ? RuntimeSettings.DEFAULT : runtime;
        ingress = ingress == null ? IngressSettings.DISABLED : ingress;
        crawl = crawl == null ? CrawlDefaults.DEFAULT : crawl;
        qa = qa == null ? QaSettings.DEFAULT : qa;
        cancellation = cancellation == null ? CancellationSettings.DEFAULT : cancellation;
    }

    public static PartnerEnvironment load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new InvalidPartnerEnvironmentException("cannot read the partner environment file " + file + ": "
                    + e.getMessage() + "; mount the partner ConfigMap there or set the path in the configuration", e);
        }
    }

    public static PartnerEnvironment parse(InputStream yaml, String source) {
        PartnerEnvironment env;
        try {
            env = YAML.readValue(yaml, PartnerEnvironment.class);
        } catch (MismatchedInputException e) {
            throw new InvalidPartnerEnvironmentException("partner environment " + source + " is malformed at "
                    + e.getPathReference() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidPartnerEnvironmentException("partner environment " + source + " is not valid YAML: "
                    + e.getMessage(), e);
        }
        if (env == null) {
            throw new InvalidPartnerEnvironmentException("partner environment " + source + " is empty");
        }
        List<String> problems = env.validate();
        if (!problems.isEmpty()) {
            throw new InvalidPartnerEnvironmentException("partner environment " + source + " is invalid: "
                    + String.join("; ", problems));
        }
        return env;
    }

    /** Every problem with this configuration, empty when it is usable. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (partnerId == null || partnerId.isBlank()) {
            problems.add("partnerId is required");
        }
        if (publicBaseUrl == null || !isHttpUrl(publicBaseUrl)) {
            problems.add("publicBaseUrl must be an absolute http(s) URL (where snippets load from), got "
                    + publicBaseUrl);
        }
        if (tiers.isEmpty()) {
            problems.add("at least one tier is required (tiers.<name>.channels)");
        }
        tiers.forEach((name, tier) -> {
            if (tier == null || tier.channels() == null || tier.channels().isEmpty()) {
                problems.add("tier " + name + " needs at least one channel (widget, search)");
            } else if (tier.replicas() != null && tier.replicas() < 1) {
                problems.add("tier " + name + ": replicas must be at least 1");
            }
        });
        if (runtime.image() == null || runtime.image().isBlank()) {
            problems.add("runtime.image is required");
        }
        if (runtime.inferenceUrl() != null && !runtime.inferenceUrl().isBlank() && !isHttpUrl(runtime.inferenceUrl())) {
            problems.add("runtime.inferenceUrl must be an absolute http(s) URL (the inference service), got "
                    + runtime.inferenceUrl());
        }
        if (ingress.enabled() && (ingress.host() == null || ingress.host().isBlank())) {
            problems.add("ingress.host is required when ingress.enabled is true");
        }
        problems.addAll(crawl.problems());
        return problems;
    }

    public Optional<Tier> tier(String name) {
        return Optional.ofNullable(tiers.get(name));
    }

    /** Public base URL of one assistant's runtime, without a trailing slash. */
    public String assistantUrl(String assistantName) {
        return stripSlash(publicBaseUrl) + "/" + assistantName;
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI u = URI.create(s);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** What a tier buys: channels and limits. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tier(
            @JsonProperty("channels") List<Channel> channels,
            @JsonProperty("replicas") Integer replicas,
            @JsonProperty("maxPages") Integer maxPages,
            @JsonProperty("resources") Resources resources,
            @JsonProperty("rateLimits") RateLimits rateLimits) {

        public Tier {
            channels = channels == null ? List.of() : List.copyOf(channels);
            replicas = replicas == null ? 1 : replicas;
            maxPages = maxPages == null ? 200 : maxPages;
            resources = resources == null ? Resources.DEFAULT : resources;
            rateLimits = rateLimits == null ? RateLimits.DEFAULT : rateLimits;
        }
    }

    /** Container resources as Kubernetes quantities. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resources(
            @JsonProperty("requests") Map<String, String> requests,
            @JsonProperty("limits") Map<String, String> limits) {

        public static final Resources DEFAULT = new Resources(Map.of("cpu", "50m", "memory", "256Mi"),
                Map.of("cpu", "1", "memory", "384Mi"));

        public Resources {
            requests = requests == null ? Map.of() : Map.copyOf(requests);
            limits = limits == null ? Map.of() : Map.copyOf(limits);
        }
    }

    /** Public keys are public, so every request is rate-limited per key and per client address. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RateLimits(
            @JsonProperty("perKeyPerMinute") Integer perKeyPerMinute,
            @JsonProperty("perClientPerMinute") Integer perClientPerMinute) {

        public static final RateLimits DEFAULT = new RateLimits(1200, 30);

        public RateLimits {
            perKeyPerMinute = perKeyPerMinute == null ? 1200 : perKeyPerMinute;
            perClientPerMinute = perClientPerMinute == null ? 30 : perClientPerMinute;
        }
    }

    /**
     * How the operator runs each customer's runtime. {@code inferenceUrl}: the partner environment's inference
     * service (docs/inference.md), absent when it runs none; runtimes then search by keywords alone.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RuntimeSettings(
            @JsonProperty("image") String image,
            @JsonProperty("imagePullPolicy") String imagePullPolicy,
            @JsonProperty("port") Integer port,
            @JsonProperty("bridgeUrl") String bridgeUrl,
            @JsonProperty("inferenceUrl") String inferenceUrl,
            @JsonProperty("persistence") Persistence persistence) {

        public static final RuntimeSettings DEFAULT = new RuntimeSettings("xapp/runtime:latest", null, null, null,
                null, null);

        public RuntimeSettings {
            imagePullPolicy = imagePullPolicy == null ? "IfNotPresent" : imagePullPolicy;
            port = port == null ? 8080 : port;
            persistence = persistence == null ? Persistence.DISABLED : persistence;
        }
    }

    /** A volume for the runtime's index, so a restart needs no full crawl. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Persistence(
            @JsonProperty("enabled") boolean enabled,
            @JsonProperty("size") String size,
            @JsonProperty("storageClassName") String storageClassName) {

        public static final Persistence DISABLED = new Persistence(false, null, null);

        public Persistence {
            size = size == null ? "1Gi" : size;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IngressSettings(
            @JsonProperty("enabled") boolean enabled,
            @JsonProperty("className") String className,
            @JsonProperty("host") String host,
            @JsonProperty("tlsSecretName") String tlsSecretName,
            @JsonProperty("annotations") Map<String, String> annotations) {

        public static final IngressSettings DISABLED = new IngressSettings(false, null, null, null, null);

        public IngressSettings {
            annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        }
    }

    /**
     * Crawl defaults; an Assistant's spec.crawl and its tier's maxPages narrow them.
     *
     * <p>The crawler fetches public addresses only. {@code allowedNetworks} (CIDR, e.g. {@code 10.96.0.0/12})
     * names further networks this partner environment trusts, for sites that are deliberately not public, such as
     * a test site inside a kind cluster; empty by default. {@code allowLoopback} is for local runs only.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CrawlDefaults(
            @JsonProperty("cadence") String cadence,
            @JsonProperty("maxPages") Integer maxPages,
            @JsonProperty("allowLoopback") boolean allowLoopback,
            @JsonProperty("userAgent") String userAgent,
            @JsonProperty("allowedNetworks") List<String> allowedNetworks) {

        public static final CrawlDefaults DEFAULT = new CrawlDefaults(null, null, false, null, null);

        /** IPv4 or IPv6 literal with an optional prefix length; the crawler checks ranges exactly. */
        private static final Pattern CIDR = Pattern.compile(
                "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)(/(3[0-2]|[12]?\\d))?"
                        + "|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");

        public CrawlDefaults {
            cadence = cadence == null ? "24h" : cadence;
            maxPages = maxPages == null ? 500 : maxPages;
            userAgent = userAgent == null ? "XappBot/0.1 (+https://xapp.io/bot)" : userAgent;
            allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
        }

        public CrawlDefaults(String cadence, Integer maxPages, boolean allowLoopback, String userAgent) {
            this(cadence, maxPages, allowLoopback, userAgent, null);
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (String network : allowedNetworks) {
                if (network == null || !CIDR.matcher(network.strip()).matches()) {
                    problems.add("crawl.allowedNetworks: '" + network + "' is not a network in CIDR notation "
                            + "(an IP address and prefix length, e.g. 10.96.0.0/12; host names are not accepted)");
                } else if (network.strip().endsWith("/0")) {
                    problems.add("crawl.allowedNetworks: '" + network + "' would let the crawler reach every "
                            + "address; name the networks the sites are in");
                }
            }
            return problems;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QaSettings(@JsonProperty("group") String group) {

        public static final QaSettings DEFAULT = new QaSettings(null);

        public QaSettings {
            group = group == null ? "xapp:qa" : group;
        }
    }

    /** A cancelled Assistant stays visible as Cancelled for a while, then the operator deletes it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CancellationSettings(@JsonProperty("retainFor") String retainFor) {

        public static final CancellationSettings DEFAULT = new CancellationSettings(null);

        public CancellationSettings {
            retainFor = retainFor == null ? "15m" : retainFor;
        }
    }
}
