package io.xapp.testing.platform;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.platform.tools.YamlFiles;
import io.xapp.testing.support.LoopbackPorts;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partner environment on the local control plane: the AWS side in moto (an {@link AwsWiring}), the partner's
 * CRM APIs ({@link PartnerApi}), the fixture site on 127.0.0.1, the chart installed in a fresh namespace, and the
 * pod stand-in running its Deployments as processes (operator, bridge, inference service, and each runtime the
 * operator makes) with the path router as the runtimes' public base URL.
 */
public final class LocalPlatform implements PartnerPlatform {

    private static final String RELEASE = "partner";
    // The chart names its objects <release>-xapp-<component> (templates/_helpers.tpl, xapp.fullname).
    private static final String BRIDGE_DEPLOYMENT = RELEASE + "-xapp-bridge";
    private static final String INFERENCE_DEPLOYMENT = RELEASE + "-xapp-inference";
    private static final String FIXTURE_SITE = "brightside-dental";
    /** The operator's leader-election Lease (XAPP_LEADER_ELECTION_LEASE_NAME's default). */
    private static final String OPERATOR_LEASE = "xapp-operator";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final KubeCluster cluster = KubeCluster.get();
    private final String partnerId;
    private final String namespace;
    private final String analyticsKey = randomHex(20);
    private final int routerPort = LoopbackPorts.free();
    private final int bridgePort = LoopbackPorts.free();
    private final int inferencePort = LoopbackPorts.free();
    private KubernetesClient admin;
    private StaticSite site;
    private AwsWiring aws;
    private PartnerApi partnerApi;
    private LocalRelease release;
    private LocalStandIn standIn;

    private final Set<Component> components;
    private final String publicBaseUrl;

    private LocalPlatform(String partnerId, Set<Component> components, URI publicBaseUrl) {
        this.partnerId = partnerId;
        this.namespace = "partner-flow-" + randomHex(3);
        this.components = EnumSet.copyOf(components);
        this.publicBaseUrl = publicBaseUrl != null ? publicBaseUrl.toString() : "http://127.0.0.1:" + routerPort;
    }

    /** {@link #start(String, String, AwsWiring.Factory)} with queues and a bus made by hand in one account. */
    public static LocalPlatform start(String partnerId, String retainFor) {
        return start(partnerId, retainFor, OneAccountWiring::create);
    }

    /** Sets everything up and waits until operator and bridge answer; cleans up what it started if that fails. */
    public static LocalPlatform start(String partnerId, String retainFor, AwsWiring.Factory aws) {
        return start(partnerId, retainFor, aws, EnumSet.allOf(Component.class), null);
    }

    /**
     * The same with only {@code components} run as processes and, when not null, {@code publicBaseUrl} as the
     * runtimes' public base URL instead of the stand-in's path router (a benchmark serving them otherwise).
     */
    public static LocalPlatform start(String partnerId, String retainFor, AwsWiring.Factory aws,
            Set<Component> components, URI publicBaseUrl) {
        LocalPlatform platform = new LocalPlatform(partnerId, components, publicBaseUrl);
        try {
            platform.startAll(retainFor, aws);
            return platform;
        } catch (RuntimeException | AssertionError e) {
            platform.close();
            throw e;
        }
    }

    private void startAll(String retainFor, AwsWiring.Factory wiring) {
        site = StaticSite.serve(Repo.fixtureSite(FIXTURE_SITE));
        // The bridge's ServiceAccount has its Deployment's name (the chart's xapp.bridge.name).
        aws = wiring.wire(namespace, BRIDGE_DEPLOYMENT);
        partnerApi = PartnerApi.start();
        Map<String, Object> values = new HashMap<>(aws.chartValues());
        values.put("partnerApi", partnerApi.chartValues());
        values.put("partner", Map.of("id", partnerId, "publicBaseUrl", publicBaseUrl,
                "cancellation", Map.of("retainFor", retainFor)));
        values.put("runtime", Map.of("bridgeUrl", "http://127.0.0.1:" + bridgePort));
        values.put("inference", Map.of("url", "http://127.0.0.1:" + inferencePort));
        values.put("secrets", Map.of("values", Map.of("analytics-key", analyticsKey)));
        release = LocalRelease.install(cluster, RELEASE, namespace, values);
        for (var fixed : Map.of("bridge", BRIDGE_DEPLOYMENT, "inference", INFERENCE_DEPLOYMENT).entrySet()) {
            if (!release.deployment(fixed.getKey()).equals(fixed.getValue())) {
                throw new AssertionError("the chart names the " + fixed.getKey() + " Deployment "
                        + release.deployment(fixed.getKey()) + ", not " + fixed.getValue() + "; update LocalPlatform");
            }
        }
        admin = cluster.newClient(namespace);
        standIn = LocalStandIn.start(cluster.kubeconfig(), List.of(namespace), YamlFiles.workDir(namespace)
                .resolve("standin"), components, Map.of(BRIDGE_DEPLOYMENT, bridgePort,
                        INFERENCE_DEPLOYMENT, inferencePort), routerPort);
        awaitHealthy("the bridge", () -> bridgePort);
        if (components.contains(Component.INFERENCE)) {
            awaitHealthy("the inference service (model loaded)", () -> inferencePort);
        }
        awaitHealthy("the operator", () -> standIn.portOf(release.deployment("operator")).orElse(0));
    }

    private void awaitHealthy(String what, java.util.function.IntSupplier port) {
        HttpClient http = HttpClient.newHttpClient();
        await(what + " ready (GET /q/health/ready on its stand-in process; see " + YamlFiles.workDir(namespace)
                .resolve("standin/logs") + ")").atMost(READY_TIMEOUT).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions().until(() -> port.getAsInt() > 0 && http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port.getAsInt() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public KubernetesClient admin() {
        return admin;
    }

    @Override
    public KubernetesClient user(String name) {
        // The users' own static tokens: authenticated as they would be with kubectl --context xapp-<name>.
        return cluster.clientForUser(name, namespace);
    }

    @Override
    public URI website() {
        return site.baseUri();
    }

    @Override
    public URI publishOnWebsite(String path, String html) {
        site.addPage(path, html);
        return site.uri(path);
    }

    @Override
    public PartnerAws partnerAws() {
        return aws;
    }

    /** The partner's CRM APIs the bridge relays leads and bookings to. */
    public PartnerApi partnerApi() {
        return partnerApi;
    }

    /**
     * Restarts the operator as a new Pod would (a new pod template), and waits until the new process leads: each
     * process has an identity of its own in the leader-election Lease.
     */
    public void restartOperator() {
        String deployment = release.deployment("operator");
        String leader = leaseHolder();
        admin.apps().deployments().withName(deployment).edit(d -> {
            d.getSpec().getTemplate().getMetadata().getAnnotations().put("e2e/restarted-at",
                    java.time.Instant.now().toString());
            return d;
        });
        await("a new operator process holds the Lease " + OPERATOR_LEASE + " (before: " + leader + ")")
                .atMost(READY_TIMEOUT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> leaseHolder() != null && !leaseHolder().equals(leader));
        awaitHealthy("the operator", () -> standIn.portOf(deployment).orElse(0));
    }

    private String leaseHolder() {
        var lease = admin.leases().withName(OPERATOR_LEASE).get();
        return lease == null || lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
    }

    @Override
    public URI bridgeUrl() {
        return URI.create("http://127.0.0.1:" + bridgePort);
    }

    @Override
    public String partnerId() {
        return partnerId;
    }

    @Override
    public String analyticsKey() {
        return analyticsKey;
    }

    @Override
    public List<String> chromiumArgs() {
        return List.of();
    }

    @Override
    public String logs() {
        return standIn == null ? "(the pod stand-in did not start)" : standIn.logTails();
    }

    /** Assistants first (the operator still runs their teardown), then the processes, the release, the site. */
    @Override
    public void close() {
        if (release != null) {
            quietly("delete the Assistants", release::deleteAssistants);
        }
        if (standIn != null) {
            quietly("stop the pod stand-in", standIn::close);
        }
        if (release != null) {
            quietly("remove the release", release::close);
        }
        if (admin != null) {
            admin.close();
        }
        if (site != null) {
            site.close();
        }
        if (partnerApi != null) {
            partnerApi.close();
        }
        if (aws != null) {
            aws.close();
        }
    }

    private static void quietly(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("[e2e] could not " + what + ": " + e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
