package io.xapp.testing.platform;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.xapp.testing.support.Moto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A partner environment set up by someone else, e.g. e2e/kind/run-e2e.sh on kind: the release is installed, moto,
 * the bridge and the customer's site are reachable from this machine, and the site serves a directory this test
 * may write pages into. Everything comes from system properties (see {@link #fromSystemProperties()}); the test
 * leaves the release in place for whoever set it up.
 *
 * <p>QA users are impersonated by the kubeconfig's admin with their groups, since a kind cluster has no token
 * users: authorisation and admission then apply as to that user.
 */
public final class ExistingPlatform implements PartnerPlatform {

    private static final Map<String, String[]> USER_GROUPS = Map.of(
            "qa-alice", new String[] {"xapp:qa"}, "dev-bob", new String[] {"xapp:dev"});
    private static final int LOG_TAIL_LINES = 80;

    private final Config config;
    private final KubernetesClient admin;
    private final SqsClient sqs;
    private final Map<String, String> settings;

    private ExistingPlatform(Config config, Map<String, String> settings) {
        this.config = config;
        this.settings = settings;
        this.admin = new KubernetesClientBuilder().withConfig(config).build();
        this.sqs = SqsClient.builder().endpointOverride(URI.create(settings.get("moto.url")))
                .region(Region.of(Moto.REGION)).credentialsProvider(Moto.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /**
     * Reads {@code -Dxapp.e2e.<name>} for: {@code kubeconfig}, {@code namespace}, {@code moto.url},
     * {@code events.queue.url}, {@code inbox.queue.url}, {@code bridge.url}, {@code site.url}, {@code site.dir},
     * {@code partner.id}, {@code analytics.key}, and optionally {@code chromium.args} (flags starting with
     * {@code --}, separated by spaces; a flag's value may contain spaces).
     */
    public static ExistingPlatform fromSystemProperties() {
        List<String> names = List.of("kubeconfig", "namespace", "moto.url", "events.queue.url", "inbox.queue.url",
                "bridge.url", "site.url", "site.dir", "partner.id", "analytics.key");
        Map<String, String> settings = new java.util.HashMap<>();
        for (String name : names) {
            String value = System.getProperty("xapp.e2e." + name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("-Dxapp.e2e." + name + " is required with -Dxapp.e2e.target=existing"
                        + " (e2e/kind/run-e2e.sh sets them all)");
            }
            settings.put(name, value);
        }
        settings.put("chromium.args", System.getProperty("xapp.e2e.chromium.args", ""));
        try {
            Path kubeconfig = Path.of(settings.get("kubeconfig"));
            Config config = new ConfigBuilder(Config.fromKubeconfig(null, Files.readString(kubeconfig),
                    kubeconfig.toString())).withNamespace(settings.get("namespace")).build();
            return new ExistingPlatform(config, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kubeconfig " + settings.get("kubeconfig"), e);
        }
    }

    @Override
    public String namespace() {
        return settings.get("namespace");
    }

    @Override
    public KubernetesClient admin() {
        return admin;
    }

    @Override
    public KubernetesClient user(String name) {
        String[] groups = USER_GROUPS.get(name);
        if (groups == null) {
            throw new IllegalArgumentException("unknown test user " + name + "; one of " + USER_GROUPS.keySet());
        }
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(config).withImpersonateUsername(name)
                .withImpersonateGroups(groups).build()).build();
    }

    @Override
    public URI website() {
        return URI.create(settings.get("site.url"));
    }

    @Override
    public URI publishOnWebsite(String path, String html) {
        Path file = Path.of(settings.get("site.dir")).resolve(path.substring(1));
        try {
            Files.writeString(file, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " (the in-cluster site's directory)", e);
        }
        return website().resolve(path);
    }

    @Override
    public PartnerAws partnerAws() {
        return new PartnerQueues(sqs, settings.get("events.queue.url"), settings.get("inbox.queue.url"));
    }

    @Override
    public URI bridgeUrl() {
        return URI.create(settings.get("bridge.url"));
    }

    @Override
    public String partnerId() {
        return settings.get("partner.id");
    }

    @Override
    public String analyticsKey() {
        return settings.get("analytics.key");
    }

    @Override
    public List<String> chromiumArgs() {
        // Split before each "--": a flag's value may hold spaces, as host resolver rules do.
        return Arrays.stream(settings.get("chromium.args").strip().split("\\s+(?=--)")).filter(s -> !s.isBlank())
                .toList();
    }

    /** The last lines of each Deployment's Pods of the platform in the namespace. */
    @Override
    public String logs() {
        StringBuilder out = new StringBuilder();
        for (Deployment d : admin.apps().deployments().withLabel("app.kubernetes.io/part-of", "xapp").list()
                .getItems()) {
            out.append("\n--- logs of Deployment ").append(d.getMetadata().getName()).append('\n');
            try {
                String log = admin.apps().deployments().withName(d.getMetadata().getName()).getLog();
                List<String> lines = log.lines().toList();
                lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                        .forEach(l -> out.append(l).append('\n'));
            } catch (RuntimeException e) {
                out.append("cannot read: ").append(e.getMessage()).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        sqs.close();
        admin.close();
    }
}
