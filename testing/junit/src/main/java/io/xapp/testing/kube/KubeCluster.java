package io.xapp.testing.kube;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * The local control plane of {@code testing/cluster}, shared by every test of
 * the JVM.
 *
 * <p>{@link #get()} reuses a running cluster or starts one. A cluster started
 * here is stopped by a JVM shutdown hook (unless {@code -Dxapp.cluster.keep=true});
 * a cluster that was already running is left running.
 *
 * <p>Configuration (system property, else environment variable):
 * <ul>
 * <li>{@code xapp.cluster.dir} / {@code XAPP_CLUSTER_DIR}: state dir of the cluster,
 * default {@code ~/.xapp/cluster}; the kubeconfig is {@code <dir>/kubeconfig};</li>
 * <li>{@code xapp.repo.root}: repository root holding {@code testing/cluster}, default: found by
 * walking up from the working directory;</li>
 * <li>{@code xapp.cluster.keep=true}: do not stop a cluster this JVM started;</li>
 * <li>{@code xapp.cluster.startTimeoutSeconds}: default 3600 (a first start may build the binaries).</li>
 * </ul>
 */
public final class KubeCluster {

    /** The user of the kubeconfig's default context: a member of {@code system:masters}. */
    public static final String ADMIN_USER = "xapp-admin";
    /** A user authenticated by a static token, in group {@value #QA_GROUP}. */
    public static final String QA_USER = "qa-alice";
    /** A user authenticated by a static token, not in the QA group (group {@code xapp:dev}). */
    public static final String DEV_USER = "dev-bob";
    /** The group of the QA reviewers. */
    public static final String QA_GROUP = "xapp:qa";

    private static KubeCluster instance;
    private static RuntimeException startFailure;

    private final Path clusterDir;
    private final Path kubeconfig;
    private final Config adminConfig;
    private final KubernetesClient client;
    private final boolean startedHere;

    private KubeCluster(Path clusterDir, boolean startedHere) {
        this.clusterDir = clusterDir;
        this.kubeconfig = clusterDir.resolve("kubeconfig");
        this.startedHere = startedHere;
        this.adminConfig = configFor(null);
        this.client = new KubernetesClientBuilder().withConfig(adminConfig).build();
    }

    /** The cluster of this test run: reused if running, started (once per JVM) otherwise. */
    public static synchronized KubeCluster get() {
        if (startFailure != null) {
            // Fail every later test class fast instead of retrying a long start.
            throw new IllegalStateException("the local cluster failed to start earlier in this run", startFailure);
        }
        if (instance == null) {
            try {
                instance = startOrReuse();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return instance;
    }

    /** The state directory of the cluster ({@code XAPP_CLUSTER_DIR}, default {@code ~/.xapp/cluster}). */
    public static Path defaultClusterDir() {
        String dir = System.getProperty("xapp.cluster.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("XAPP_CLUSTER_DIR");
        }
        if (dir == null || dir.isBlank()) {
            // $HOME as testing/cluster reads it: the JVM's user.home comes from the password database and differs
            // when HOME is set elsewhere (as CI caches do), which would send the tests to another cluster.
            String home = System.getenv("HOME");
            return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home, ".xapp",
                    "cluster");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /**
     * Path of the admin kubeconfig, without starting anything. Hand it to other
     * processes (an operator under test, kubectl, helm) as {@code KUBECONFIG}.
     * It also has the contexts {@code xapp-qa-alice} and {@code xapp-dev-bob}.
     */
    public static Path kubeconfigPath() {
        return defaultClusterDir().resolve("kubeconfig");
    }

    private static KubeCluster startOrReuse() {
        Path dir = defaultClusterDir();
        // Under a lock across JVMs: test JVMs forked side by side would otherwise both find no cluster and start
        // one at the same time, and a stopping JVM could miss a user that registers meanwhile.
        return underClusterLock(dir, () -> startOrReuseLocked(dir));
    }

    private static KubeCluster startOrReuseLocked(Path dir) {
        ClusterScript script = ClusterScript.locate(dir);
        Path users = dir.resolve("users");
        Path me = users.resolve(Long.toString(ProcessHandle.current().pid()));
        if (Files.isRegularFile(dir.resolve("kubeconfig")) && script.run(120, false, "status") == 0) {
            System.err.println("[xapp-testing] reusing the running cluster (" + dir + ")");
            registerUser(users, me);
            KubeCluster cluster = new KubeCluster(dir, false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(me), "xapp-cluster-release"));
            return cluster;
        }
        long timeout = Long.getLong("xapp.cluster.startTimeoutSeconds", 3600);
        System.err.println("[xapp-testing] starting the local cluster with " + script.script() + " start");
        int code = script.run(timeout, "start");
        if (code != 0) {
            throw new IllegalStateException("testing/cluster start failed (exit " + code
                    + "); see the output above and the logs in " + dir.resolve("logs"));
        }
        registerUser(users, me);
        KubeCluster cluster = new KubeCluster(dir, true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.client.close();
            if (Boolean.getBoolean("xapp.cluster.keep")) {
                deleteQuietly(me);
                return;
            }
            underClusterLock(dir, () -> {
                deleteQuietly(me);
                // Another JVM (a concurrent test run that found this cluster running)
                // may still use it: then leave it running rather than pull it away.
                if (otherLiveUsers(users)) {
                    System.err.println("[xapp-testing] leaving the cluster running: another test JVM uses it");
                } else {
                    script.run(120, "stop");
                }
                return null;
            });
        }, "xapp-cluster-stop"));
        return cluster;
    }

    /** Runs {@code action} holding {@code <dir>/start.lock}, an exclusive lock across the JVMs of this machine. */
    private static <T> T underClusterLock(Path dir, Supplier<T> action) {
        Path lockFile = dir.resolve("start.lock");
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile + " to start or stop the local cluster", e);
        }
    }

    /** Records this JVM as a user of the cluster ({@code <dir>/users/<pid>}). */
    private static void registerUser(Path users, Path me) {
        try {
            Files.createDirectories(users);
            Files.writeString(me, ProcessHandle.current().info().commandLine().orElse("java"));
        } catch (IOException e) {
            System.err.println("[xapp-testing] cannot record this JVM as a cluster user: " + e);
        }
    }

    private static boolean otherLiveUsers(Path users) {
        try (var files = Files.list(users)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("[0-9]+"))
                    .anyMatch(name -> ProcessHandle.of(Long.parseLong(name)).map(ProcessHandle::isAlive).orElse(false));
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** The state directory of this cluster (logs, pki, kubeconfig). */
    public Path clusterDir() {
        return clusterDir;
    }

    /** A tool built with the control plane at its pinned version: kubectl, helm, kwok, etcd, kube-apiserver. */
    public Path tool(String name) {
        return clusterDir.resolve("bin").resolve(name);
    }

    /** Path of the admin kubeconfig of this cluster. */
    public Path kubeconfig() {
        return kubeconfig;
    }

    /** True if this JVM started the cluster (and will stop it at exit). */
    public boolean startedHere() {
        return startedHere;
    }

    /** URL of the API server, e.g. {@code https://127.0.0.1:26443/}. */
    public String apiServerUrl() {
        return adminConfig.getMasterUrl();
    }

    /** The shared admin client (system:masters). Do not close it. */
    public KubernetesClient client() {
        return client;
    }

    /** A copy of the admin client configuration, to customise. */
    public Config adminConfig() {
        return new ConfigBuilder(adminConfig).build();
    }

    /** A new admin client whose default namespace is {@code namespace}. Close it. */
    public KubernetesClient newClient(String namespace) {
        return new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(adminConfig).withNamespace(namespace).build())
                .build();
    }

    /**
     * A new client that authenticates as admin and impersonates {@code user} with
     * {@code groups} ({@code Impersonate-User}/{@code Impersonate-Group}). Requests are
     * authorised (RBAC) and admitted as that user, so grant it rights first. Close it.
     */
    public KubernetesClient impersonating(String user, String... groups) {
        return impersonating(null, user, groups);
    }

    /** As {@link #impersonating(String, String...)}, with a default namespace. Close it. */
    public KubernetesClient impersonating(String namespace, String user, String... groups) {
        ConfigBuilder builder = new ConfigBuilder(adminConfig)
                .withImpersonateUsername(user)
                .withImpersonateGroups(groups);
        if (namespace != null) {
            builder.withNamespace(namespace);
        }
        return new KubernetesClientBuilder().withConfig(builder.build()).build();
    }

    /**
     * A new client that really authenticates as one of the token users of the
     * kubeconfig ({@value #QA_USER} or {@value #DEV_USER}), through the context
     * {@code xapp-<user>}. Close it.
     */
    public KubernetesClient clientForUser(String user, String namespace) {
        Config config = configFor("xapp-" + user);
        if (namespace != null) {
            config = new ConfigBuilder(config).withNamespace(namespace).build();
        }
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    private Config configFor(String context) {
        String contents;
        try {
            contents = Files.readString(kubeconfig);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + kubeconfig, e);
        }
        Config config = Config.fromKubeconfig(context, contents, kubeconfig.toString());
        return new ConfigBuilder(config)
                // Loopback only: never let a proxy from the environment see this traffic.
                .withNoProxy("127.0.0.1", "localhost")
                .build();
    }
}
