package io.xapp.testing.standin;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the platform's Deployments as local processes on a cluster whose Pods are simulated (kwok). Watches
 * Deployments and converges: one process per Deployment with replicas, restarted when its pod template changes,
 * its mounted ConfigMaps and Secrets rewritten in place when they change (as the kubelet does), stopped when the
 * Deployment goes.
 */
public final class StandIn implements AutoCloseable {

    static final String SELECTOR = "app.kubernetes.io/part-of=xapp";
    private static final Logger LOG = LoggerFactory.getLogger(StandIn.class);
    // ConfigMap and Secret changes do not touch the Deployment, so look again now and then.
    private static final long RESYNC_SECONDS = 5;

    private final KubernetesClient client;
    private final Processes processes;
    private final PathRouter router;
    private final List<SharedIndexInformer<Deployment>> informers = new ArrayList<>();
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "standin-loop");
        t.setDaemon(true);
        return t;
    });

    private StandIn(StandInOptions options) throws IOException {
        Files.createDirectories(options.workDir());
        this.client = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(Files.readString(options.kubeconfig()))).build();
        this.processes = new Processes(client, options);
        this.router = options.routerPort() > 0 ? PathRouter.start(options.routerPort(), processes::portOf) : null;
        for (String namespace : options.namespaces()) {
            SharedIndexInformer<Deployment> informer = client.apps().deployments().inNamespace(namespace)
                    .withLabelSelector(SELECTOR).inform(new Handler(), 0);
            informers.add(informer);
        }
        loop.scheduleWithFixedDelay(this::resyncAll, RESYNC_SECONDS, RESYNC_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts watching and running; close it to stop every process. */
    public static StandIn start(StandInOptions options) throws IOException {
        return new StandIn(options);
    }

    public Processes processes() {
        return processes;
    }

    private void resyncAll() {
        try {
            for (SharedIndexInformer<Deployment> informer : informers) {
                informer.getStore().list().forEach(processes::converge);
            }
        } catch (RuntimeException e) {
            LOG.warn("resync failed, trying again in {}s: {}", RESYNC_SECONDS, e.toString());
        }
    }

    @Override
    public void close() {
        informers.forEach(SharedIndexInformer::close);
        loop.shutdownNow();
        if (router != null) {
            router.close();
        }
        processes.close();
        client.close();
    }

    private final class Handler implements ResourceEventHandler<Deployment> {

        @Override
        public void onAdd(Deployment d) {
            loop.execute(() -> processes.converge(d));
        }

        @Override
        public void onUpdate(Deployment oldD, Deployment d) {
            loop.execute(() -> processes.converge(d));
        }

        @Override
        public void onDelete(Deployment d, boolean unknownFinalState) {
            loop.execute(() -> processes.remove(d));
        }
    }

    public static void main(String[] args) throws Exception {
        StandInOptions options;
        try {
            options = StandInOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        StandIn standIn = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standIn.close();
            stopped.countDown();
        }, "standin-shutdown"));
        LOG.info("standing in for Pods in {} (work dir {}{})", options.namespaces(), options.workDir(),
                options.routerPort() > 0 ? ", router on http://127.0.0.1:" + options.routerPort() : "");
        stopped.await();
    }
}
