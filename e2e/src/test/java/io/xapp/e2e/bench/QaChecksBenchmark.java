package io.xapp.e2e.bench;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.xapp.api.runtime.RuntimeSecrets;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.api.v1alpha1.XappMetadata;
import io.xapp.e2e.support.AssistantsByHand;
import io.xapp.testing.kube.KubeCluster;
import io.xapp.testing.platform.Component;
import io.xapp.testing.platform.LocalPlatform;
import io.xapp.testing.platform.OneAccountWiring;
import io.xapp.testing.platform.tools.Kubectl;
import io.xapp.testing.platform.tools.YamlFiles;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The pre-review checks' goals (bench/qa-checks.sh), on the local control plane with the chart installed:
 * <ol>
 * <li>on each fixture site, with its own runtime as a process: seconds from the runtime answering at its public URL
 * (and from its Deployment becoming available) to the checks done;</li>
 * <li>N Assistants whose checks pass (the dental fixture, one real runtime serving all their public URLs:
 * {@link SharedRuntime}) and five whose logo is broken: how long their checks take, then the two commands of a bulk
 * review (list by label, annotate by label as a QA reviewer), what they selected and how long until all are
 * Ready;</li>
 * <li>writes in the namespace (objects modified or created, Events) during 60 s with nothing changing.</li>
 * </ol>
 */
public final class QaChecksBenchmark {

    private static final List<String> FIXTURES = List.of("brightside-dental", "copperline-plumbing", "fernwood-vet",
            "saltmarsh-kitchen");
    private static final Duration CHECKS_DONE = Duration.ofMinutes(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private QaChecksBenchmark() {
    }

    public static void main(String[] args) {
        int n = Integer.getInteger("bench.assistants", 100);
        try {
            if (!Boolean.getBoolean("bench.skipFixtures")) {
                checksOnEachFixtureSite();
            }
            bulkReview(n);
        } catch (Exception e) {
            // Exit, not just end main: the platform's threads would keep the JVM (and the bench lock) alive
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------------------------------- goal 1 --

    private static void checksOnEachFixtureSite() throws Exception {
        List<StaticSite> sites = new ArrayList<>();
        LocalPlatform platform = LocalPlatform.start("BENCH-QA-SITES", "1m");
        try {
            Map<String, String> names = new LinkedHashMap<>();
            for (String fixture : FIXTURES) {
                StaticSite site = StaticSite.serve(Repo.fixtureSite(fixture));
                sites.add(site);
                String customer = "bench-site-" + fixture;
                AssistantsByHand.create(platform.admin(), customer, fixture, site.baseUri(), "local-business",
                        b -> { });
                names.put(fixture, CustomerNames.assistantName(customer));
            }
            Map<String, Instant> ready = new ConcurrentHashMap<>();
            Map<String, Instant> done = new ConcurrentHashMap<>();
            Instant deadline = Instant.now().plus(CHECKS_DONE);
            while (done.size() < names.size() && Instant.now().isBefore(deadline)) {
                for (String name : names.values()) {
                    Assistant a = platform.admin().resources(Assistant.class).withName(name).get();
                    if (!ready.containsKey(name) && runtimeAnswers(a)) {
                        ready.put(name, Instant.now());
                    }
                    if (!done.containsKey(name) && checksDone(a)) {
                        done.put(name, Instant.now());
                    }
                }
                Thread.sleep(200);
            }
            System.out.println();
            System.out.println("== goal 1: checks done within 30 s of the runtime becoming available (fixture sites, "
                    + "one runtime process each)");
            System.out.printf("%-22s %-9s %22s %26s%n", "site", "checks", "runtime answers -> done",
                    "Deployment available -> done");
            for (var e : names.entrySet()) {
                Assistant a = platform.admin().resources(Assistant.class).withName(e.getValue()).get();
                var run = a.getStatus().getQa() == null ? null : a.getStatus().getQa().getCheckRun();
                System.out.printf("%-22s %-9s %21s %25s   %s%n", e.getKey(), run == null ? "-" : run.summary(),
                        seconds(ready.get(e.getValue()), done.get(e.getValue())), availableToDone(a),
                        results(a));
            }
        } finally {
            platform.close();
            sites.forEach(StaticSite::close);
        }
    }

    private static boolean runtimeAnswers(Assistant a) {
        if (a == null || a.getStatus() == null || a.getStatus().getRuntime() == null) {
            return false;
        }
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(a.getStatus().getRuntime().getUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------- goal 2 --

    private static void bulkReview(int n) throws Exception {
        StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
        SharedRuntime runtime = SharedRuntime.start(site.baseUri(), YamlFiles.workDir("bench-qa-shared-runtime"));
        LocalPlatform platform = LocalPlatform.start("BENCH-QA-BULK", "1m", OneAccountWiring::create,
                EnumSet.of(Component.OPERATOR, Component.BRIDGE), runtime.publicBaseUrl());
        try {
            KubernetesClient admin = platform.admin();
            List<String> passing = new ArrayList<>();
            List<String> failing = new ArrayList<>();
            Instant created = Instant.now();
            for (int i = 0; i < n + 5; i++) {
                boolean broken = i >= n;
                String customer = String.format(Locale.ROOT, broken ? "bench-qa-broken-%d" : "bench-qa-%03d", i);
                String name = CustomerNames.assistantName(customer);
                Assistant assistant = AssistantsByHand.create(admin, customer, "Brightside Family Dental",
                        site.baseUri(), "local-business", b -> {
                    if (broken) {
                        b.setLogoUrl(site.uri("/assets/missing-logo.png").toString());
                    }
                });
                sharedKeys(admin, assistant, customer);
                (broken ? failing : passing).add(name);
            }
            List<String> all = new ArrayList<>(passing);
            all.addAll(failing);
            awaitAll(admin, all, QaChecksBenchmark::checksDone, "checks done");
            Duration allChecked = Duration.between(created, Instant.now());
            List<Long> durations = new ArrayList<>();
            for (String name : all) {
                Long s = availableToDoneSeconds(admin.resources(Assistant.class).withName(name).get());
                if (s != null) {
                    durations.add(s);
                }
            }
            durations.sort(null);

            Kubectl kubectl = new Kubectl(KubeCluster.kubeconfigPath(), "xapp");
            Kubectl reviewer = new Kubectl(KubeCluster.kubeconfigPath(), "xapp-qa-alice");
            String selector = XappMetadata.QA_CHECKS_LABEL + "=passed";
            Instant t0 = Instant.now();
            List<String> listed = kubectl.run("get", "assistants", "-n", platform.namespace(), "-l", selector,
                    "-o", "name").lines().filter(l -> !l.isBlank()).toList();
            Instant t1 = Instant.now();
            String annotated = reviewer.run("annotate", "assistants", "-n", platform.namespace(), "-l", selector,
                    XappMetadata.QA_ANNOTATION + "=" + XappMetadata.QA_APPROVED);
            Instant t2 = Instant.now();
            awaitAll(admin, passing, a -> a != null && a.getStatus() != null && a.getStatus().getPhase() == Phase.Ready,
                    "Ready");
            Instant t3 = Instant.now();
            long failingReady = failing.stream().map(name -> admin.resources(Assistant.class).withName(name).get())
                    .filter(a -> a.getStatus().getPhase() == Phase.Ready).count();

            System.out.println();
            System.out.printf("== goal 2: %d passing Assistants (and 5 with a broken logo) reviewed with two commands%n",
                    n);
            System.out.printf("checks of all %d done %.1f s after they were created; Deployment available -> "
                    + "checks done per Assistant: p50 %d s, p95 %d s, max %d s%n", all.size(),
                    allChecked.toMillis() / 1000.0, pct(durations, 50), pct(durations, 95), pct(durations, 100));
            System.out.printf("1. kubectl get assistants -l %s -o name: %d listed (of %d passing) in %.2f s%n",
                    selector, listed.size(), passing.size(), Duration.between(t0, t1).toMillis() / 1000.0);
            System.out.printf("2. kubectl --context xapp-qa-alice annotate assistants -l %s xapp.io/qa=approved: "
                    + "%d annotated in %.2f s%n", selector, annotated.lines().filter(l -> l.contains("annotated"))
                    .count(), Duration.between(t1, t2).toMillis() / 1000.0);
            System.out.printf("all %d Ready %.1f s after the annotate; Assistants with failed checks Ready: %d of "
                    + "%d%n", passing.size(), Duration.between(t2, t3).toMillis() / 1000.0, failingReady,
                    failing.size());

            awaitAll(admin, passing, a -> a.getStatus().getNotifications() != null
                    && a.getStatus().getNotifications().getReadyForInstallation() != null,
                    "ReadyForInstallation recorded by the bridge");
            idleWrites(admin, platform.namespace());
        } finally {
            platform.close();
            runtime.close();
            site.close();
        }
    }

    /**
     * The shared runtime's keys in the Assistant's Secret. The operator keeps the keys it finds, but it only adopts a
     * Secret its Assistant owns (one made before the Assistant, with no owner, is left alone and its own create
     * fails), so the keys are applied after the Assistant exists, owned by it, over whatever the operator wrote.
     */
    private static void sharedKeys(KubernetesClient admin, Assistant assistant, String customer) {
        String name = assistant.getMetadata().getName();
        admin.secrets().resource(new SecretBuilder().withNewMetadata().withName(name)
                .addToLabels(XappMetadata.MANAGED_BY_LABEL, "xapp-operator")
                .addToLabels(XappMetadata.PART_OF_LABEL, XappMetadata.PART_OF_VALUE)
                .addToLabels(XappMetadata.ASSISTANT_LABEL, name)
                .addToLabels(XappMetadata.CUSTOMER_ID_LABEL, CustomerNames.labelValue(customer))
                .addNewOwnerReference().withApiVersion(assistant.getApiVersion()).withKind(assistant.getKind())
                .withName(name).withUid(assistant.getMetadata().getUid()).withController(true).endOwnerReference().endMetadata()
                .addToData(RuntimeSecrets.WIDGET_KEY, base64(SharedRuntime.WIDGET_KEY))
                .addToData(RuntimeSecrets.SEARCH_KEY, base64(SharedRuntime.SEARCH_KEY))
                .addToData(RuntimeSecrets.PREVIEW_TOKEN, base64(SharedRuntime.PREVIEW_TOKEN)).build())
                .fieldManager("xapp-qa-bench").forceConflicts().serverSideApply();
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------- goal 3 --

    /** Counts what is written in the namespace during 60 s: every object modified or added, and Events. */
    private static void idleWrites(KubernetesClient admin, String namespace) throws InterruptedException {
        Map<String, Integer> writes = new ConcurrentHashMap<>();
        List<Watch> watches = new ArrayList<>();
        watches.add(fromNow(admin.resources(Assistant.class).inNamespace(namespace), "Assistant", writes));
        watches.add(fromNow(admin.configMaps().inNamespace(namespace), "ConfigMap", writes));
        watches.add(fromNow(admin.secrets().inNamespace(namespace), "Secret", writes));
        watches.add(fromNow(admin.apps().deployments().inNamespace(namespace), "Deployment", writes));
        watches.add(fromNow(admin.services().inNamespace(namespace), "Service", writes));
        watches.add(fromNow(admin.v1().events().inNamespace(namespace), "Event", writes));
        Thread.sleep(Duration.ofSeconds(60).toMillis());
        watches.forEach(Watch::close);
        System.out.println();
        System.out.println("== goal 3: writes in the namespace during 60 s with nothing changing");
        System.out.println("objects modified or added, by kind: " + (writes.isEmpty() ? "none" : writes)
                + " (Leases, renewed by leader election, not counted)");
    }

    /** A watch from the current resource version: without one, it starts with an ADDED for every existing object. */
    private static <T extends HasMetadata, L extends KubernetesResourceList<T>> Watch fromNow(
            NonNamespaceOperation<T, L, ?> objects, String kind, Map<String, Integer> writes) {
        String now = objects.list(new ListOptionsBuilder().withLimit(1L).build()).getMetadata().getResourceVersion();
        return objects.watch(new ListOptionsBuilder().withResourceVersion(now).build(), counter(kind, writes));
    }

    private static <T extends HasMetadata> Watcher<T> counter(String kind, Map<String, Integer> writes) {
        return new Watcher<>() {
            @Override
            public void eventReceived(Action action, T resource) {
                if (action == Action.MODIFIED || action == Action.ADDED || action == Action.DELETED) {
                    writes.merge(kind + " " + action + " " + resource.getMetadata().getName(), 1, Integer::sum);
                }
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        };
    }

    // ---------------------------------------------------------------------------------------------- shared --


    private static boolean checksDone(Assistant a) {
        return a != null && a.getStatus() != null && a.getStatus().getQa() != null
                && a.getStatus().getQa().getCheckRun() != null && a.getStatus().getQa().getCheckRun().done()
                && a.getMetadata().getLabels().containsKey(XappMetadata.QA_CHECKS_LABEL);
    }

    private static void awaitAll(KubernetesClient admin, List<String> names, Predicate<Assistant> state, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(CHECKS_DONE);
        while (Instant.now().isBefore(deadline)) {
            Map<String, Assistant> now = new HashMap<>();
            admin.resources(Assistant.class).list().getItems().forEach(a -> now.put(a.getMetadata().getName(), a));
            if (names.stream().allMatch(name -> state.test(now.get(name)))) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("not all " + names.size() + " Assistants " + what + " within " + CHECKS_DONE);
    }

    /** Seconds between RuntimeAvailable turning True and the checks' completedAt (server clock, whole seconds). */
    private static Long availableToDoneSeconds(Assistant a) {
        var available = a.getStatus().condition("RuntimeAvailable").filter(c -> "True".equals(c.getStatus()));
        var run = a.getStatus().getQa().getCheckRun();
        if (available.isEmpty() || run == null || run.completedAt() == null) {
            return null;
        }
        return Duration.between(Instant.parse(available.get().getLastTransitionTime()),
                Instant.parse(run.completedAt())).toSeconds();
    }

    private static String availableToDone(Assistant a) {
        Long s = availableToDoneSeconds(a);
        return s == null ? "-" : s + " s";
    }

    private static String seconds(Instant from, Instant to) {
        return from == null || to == null ? "-" : String.format(Locale.ROOT, "%.1f s",
                Duration.between(from, to).toMillis() / 1000.0);
    }

    private static String results(Assistant a) {
        return a.getStatus().getQa().getChecks() == null ? "" : String.join(" ", a.getStatus().getQa().getChecks()
                .stream().filter(c -> c.result() != io.xapp.api.v1alpha1.QaCheckResult.Result.Passed)
                .map(c -> c.name() + "=" + c.result()).toList());
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
