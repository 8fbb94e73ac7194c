package io.xapp.testing.standin;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The processes standing in for Deployments, keyed by namespace/name; converges one Deployment at a time. */
public final class Processes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Processes.class);

    private final KubernetesClient client;
    private final StandInOptions options;
    private final Map<String, LocalProcess> running = new ConcurrentHashMap<>();
    private final Map<String, String> skipped = new ConcurrentHashMap<>();
    /** Every port handed to a process: each keeps its own across restarts, so none may be handed out twice. */
    private final Set<Integer> portsHandedOut = ConcurrentHashMap.newKeySet();

    Processes(KubernetesClient client, StandInOptions options) {
        this.client = client;
        this.options = options;
    }

    /** The port of the process standing in for the Deployment of that name, in any watched namespace. */
    public Optional<Integer> portOf(String deploymentName) {
        return running.values().stream().filter(p -> p.deployment().equals(deploymentName)).findFirst()
                .map(LocalProcess::port);
    }

    /** Names of the Deployments running now, as namespace/name; a stopping process counts until it exited. */
    public java.util.Set<String> running() {
        return java.util.Set.copyOf(running.keySet());
    }

    void converge(Deployment deployment) {
        String key = key(deployment);
        Integer replicas = deployment.getSpec().getReplicas();
        if (deployment.getMetadata().getDeletionTimestamp() != null || (replicas != null && replicas == 0)) {
            stop(key);
            return;
        }
        Optional<Container> container = standInContainer(deployment);
        if (container.isEmpty()) {
            if (skipped.put(key, key) == null) {
                LOG.info("{}: no --image command for its containers' images; not run", key);
            }
            return;
        }
        PodMaterializer pod;
        try {
            pod = new PodMaterializer(client, deployment, options.workDir());
        } catch (MissingInputException e) {
            // A Pod would wait in ContainerCreating too; the next resync tries again.
            LOG.info("{}: waiting: {}", key, e.getMessage());
            return;
        }
        String fingerprint = pod.podFingerprint(container.get());
        String volumes = pod.volumesFingerprint();
        LocalProcess current = running.get(key);
        if (current != null && current.fingerprint().equals(fingerprint) && current.isAlive()) {
            if (!current.volumesFingerprint().equals(volumes)) {
                refresh(key, current, pod, container.get(), volumes);
            }
            return;
        }
        if (current != null) {
            LOG.info("{}: {}; restarting", key, current.isAlive() ? "pod spec changed"
                    : "process exited (" + current.exitDescription() + ")");
            current.stop();
        }
        int port = current != null ? current.port() : portFor(deployment.getMetadata().getName());
        try {
            List<String> command = options.commands().get(repository(container.get().getImage()));
            running.put(key, LocalProcess.start(key, deployment.getMetadata().getName(), command,
                    pod.prepare(container.get(), port), port, fingerprint, volumes, options.workDir()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: could not start: {}", key, e.toString());
        }
    }

    /** As the kubelet does: a running Pod sees its mounted ConfigMaps and Secrets change, without a restart. */
    private static void refresh(String key, LocalProcess process, PodMaterializer pod, Container container,
            String volumes) {
        try {
            pod.refreshVolumes(container);
            process.volumesFingerprint(volumes);
            LOG.info("{}: mounted ConfigMaps or Secrets changed; files refreshed in place", key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: could not refresh its mounted files: {}", key, e.toString());
        }
    }

    void remove(Deployment deployment) {
        stop(key(deployment));
    }

    private void stop(String key) {
        LocalProcess p = running.get(key);
        if (p != null) {
            LOG.info("{}: Deployment gone or scaled to zero; stopping", key);
            p.stop();
            // Only now: until the process has exited it may still act (an operator reconciling during its
            // shutdown), and running() must not say it is gone while it can.
            running.remove(key, p);
        }
    }

    private Optional<Container> standInContainer(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> options.commands().containsKey(repository(c.getImage()))).findFirst();
    }

    /** registry.example/xapp/runtime:1.0@sha256:... -> registry.example/xapp/runtime */
    static String repository(String image) {
        String s = image;
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int colon = s.lastIndexOf(':');
        return colon > s.lastIndexOf('/') ? s.substring(0, colon) : s;
    }

    private static String key(Deployment d) {
        return d.getMetadata().getNamespace() + "/" + d.getMetadata().getName();
    }

    /** The port the options fix for the Deployment, or a free one; either way never handed out again. */
    private int portFor(String deploymentName) {
        Integer fixed = options.fixedPorts().get(deploymentName);
        if (fixed == null) {
            return freePort();
        }
        portsHandedOut.add(fixed);
        return fixed;
    }

    /**
     * A loopback port nothing listens on and no process of ours was given: two processes started in one pass are
     * each given a port before either binds it, and the system may offer the same free port twice (an operator and
     * an inference service once both got 38127, and the operator restarted forever on a port taken).
     */
    int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                if (portsHandedOut.add(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException("no free loopback port", e);
            }
        }
        throw new IllegalStateException("no loopback port left that no stand-in process was given");
    }

    @Override
    public void close() {
        running.values().forEach(LocalProcess::stop);
        running.clear();
    }
}
