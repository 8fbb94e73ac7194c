package io.xapp.operator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.StandardHttpRequest;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.xapp.api.kube.WriteRate;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which requests take a turn, and who waits for it, on a clock that moves only when a writer waits
 * ({@link PacingClock}: nothing here depends on timing). {@link WritePacingOnTheClusterTest} sends real requests
 * through the interceptor.
 */
class WritePacingTest {

    private static final String NS = "/api/v1/namespaces/partner-a";

    private final PacingClock clock = new PacingClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /api/v1/namespaces/partner-a/configmaps                                     | false
            GET    | /api/v1/namespaces/partner-a/configmaps?watch=true&resourceVersion=12        | false
            GET    | /apis/xapp.io/v1alpha1/namespaces/partner-a/assistants/a                     | false
            POST   | /api/v1/namespaces/partner-a/secrets                                        | true
            PUT    | /apis/apps/v1/namespaces/partner-a/deployments/a                            | true
            PATCH  | /apis/apps/v1/namespaces/partner-a/deployments/a?fieldManager=assistant      | true
            PATCH  | /apis/xapp.io/v1alpha1/namespaces/partner-a/assistants/a/status              | true
            DELETE | /api/v1/namespaces/partner-a/services/a                                     | true
            POST   | /api/v1/namespaces/partner-a/events                                         | true
            POST   | /apis/events.k8s.io/v1/namespaces/partner-a/events                          | true
            GET    | /apis/coordination.k8s.io/v1/namespaces/partner-a/leases/xapp-operator      | false
            PUT    | /apis/coordination.k8s.io/v1/namespaces/partner-a/leases/xapp-operator      | false
            POST   | /apis/coordination.k8s.io/v1/namespaces/partner-a/leases                    | false
            PUT    | /k8s/clusters/c-1/apis/coordination.k8s.io/v1/namespaces/p/leases/xapp-operator | false
            """)
    void writesArePacedButNotReadsWatchesOrTheLease(String method, String path, boolean paced) {
        assertThat(WritePacing.paced(request(method, path))).isEqualTo(paced);
    }

    @Test
    void aWriterWaitsForItsTurnOnItsOwnThreadAndReadsNeverWait() {
        WritePacing pacing = pacing(2, true);

        for (int i = 0; i < 100; i++) {
            pacing.before(null, request("GET", NS + "/configmaps"), null);
        }
        pacing.before(null, request("POST", NS + "/configmaps"), null);
        pacing.before(null, request("PATCH", NS + "/configmaps/a"), null);
        assertThat(clock.waits()).as("two writes at 2/s: one second's worth, no wait").isEmpty();

        pacing.before(null, request("PUT", NS + "/configmaps/a"), null);
        pacing.before(null, request("GET", NS + "/configmaps/a"), null);
        pacing.before(null, request("DELETE", NS + "/configmaps/a"), null);
        assertThat(clock.waits()).as("each write after them waits half a second; the read between them not at all")
                .containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));

        Timer timer = registry.get("xapp.kubernetes.write.wait").timer();
        assertThat(timer.count()).as("the writes, and only they").isEqualTo(4);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1000);
    }

    @Test
    void aThreadThatMustNotBlockTakesItsTurnAtOnceAndTheNextWriterWaitsForIt() {
        WriteRate rate = clock.rate(1);
        WritePacing eventLoop = new WritePacing(rate, () -> false, registry);
        WritePacing reconciler = new WritePacing(rate, () -> true, registry);

        for (int i = 0; i < 3; i++) {
            eventLoop.before(null, request("PATCH", NS + "/configmaps/a"), null);
        }
        assertThat(clock.waits()).as("an event loop never parks").isEmpty();

        reconciler.before(null, request("PATCH", NS + "/configmaps/a"), null);
        assertThat(clock.waits()).as("1/s: the event loop's two writes beyond the first cost the next writer 2 s, "
                + "and its own turn 1 s more").containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void theOperatorsThreadsMayWaitButNotAnEventLoopOrFabric8sScheduler() throws Exception {
        assertThat(WritePacing.mayWaitHere()).as("a thread of the operator's").isTrue();

        Vertx vertx = Vertx.vertx();
        try {
            CompletableFuture<Boolean> onEventLoop = new CompletableFuture<>();
            vertx.runOnContext(v -> onEventLoop.complete(WritePacing.mayWaitHere()));
            assertThat(onEventLoop.get(10, TimeUnit.SECONDS)).as("a Vert.x event loop").isFalse();
        } finally {
            vertx.close();
        }

        CompletableFuture<Boolean> onScheduler = new CompletableFuture<>();
        new Thread(() -> onScheduler.complete(WritePacing.mayWaitHere()),
                "CachedSingleThreadScheduler-1234-pool-3-thread-1").start();
        assertThat(onScheduler.get(10, TimeUnit.SECONDS)).as("fabric8's scheduler, which resends failed requests")
                .isFalse();
    }

    @Test
    void aRateOutsideItsRangeStopsTheOperatorNamingTheSetting() {
        assertThatThrownBy(() -> OperatorClient.writeRate(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("XAPP_KUBERNETES_WRITES_PER_SECOND (xapp.kubernetes.writes-per-second) must be 1 to 1000, "
                        + "got 0");
        assertThatThrownBy(() -> OperatorClient.writeRate(5000)).hasMessageEndingWith("got 5000");
        assertThat(OperatorClient.writeRate(150).perSecond()).isEqualTo(150);
    }

    private WritePacing pacing(int perSecond, boolean mayWait) {
        return new WritePacing(clock.rate(perSecond), () -> mayWait, registry);
    }

    private static HttpRequest request(String method, String path) {
        StandardHttpRequest.Builder b = new StandardHttpRequest.Builder();
        b.uri("https://127.0.0.1:6443" + path);
        if (!method.equals("GET")) {
            b.method(method, "application/json", "{}");
        }
        return b.build();
    }
}
