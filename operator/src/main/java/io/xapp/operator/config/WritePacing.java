package io.xapp.operator.config;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Context;
import io.xapp.api.kube.WriteRate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Paces every write request of the operator's client (POST, PUT, PATCH, DELETE) at {@link WriteRate}, whatever
 * sends it: JOSDK's dependents, status patches, Events, teardowns. Reads and watches pass at once, and so do the
 * leader-election Lease's writes: a renewal must never queue behind the operator's own reconcile traffic, here as
 * at the API server (the chart's FlowSchema).
 *
 * <p>fabric8 calls {@link #before} on the thread that sends the request, before sending it: a reconcile, workflow,
 * check or event thread, which waits there for its turn. A resend after a failure comes from fabric8's scheduler
 * thread instead, and a request made in a Vert.x callback from an event loop: those must not block, so they take
 * their turn at once and the writes after them wait that much longer, which keeps the rate all the same.
 */
public final class WritePacing implements Interceptor {

    /** The interceptor's name in the client's chain. */
    public static final String NAME = "xapp-write-rate";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Leases' API group: leader election's writes are not paced. */
    private static final String LEASE_GROUP = "/apis/coordination.k8s.io/";
    /** fabric8's shared scheduler ({@code Utils.schedule}), which resends requests after 5xx answers and I/O errors. */
    private static final String FABRIC8_SCHEDULER = "CachedSingleThreadScheduler";

    private final WriteRate rate;
    private final BooleanSupplier mayWait;
    private final Timer waits;

    public WritePacing(WriteRate rate, BooleanSupplier mayWait, MeterRegistry registry) {
        this.rate = rate;
        this.mayWait = mayWait;
        this.waits = Timer.builder("xapp.kubernetes.write.wait")
                .description("Writes to the API server paced at " + OperatorClient.WRITES_PER_SECOND + " ("
                        + rate.perSecond() + "/s), and how long each waited for its turn")
                .register(registry);
    }

    /** Whether the current thread may wait for its turn: not an event loop, not fabric8's scheduler. */
    public static boolean mayWaitHere() {
        return !Context.isOnEventLoopThread() && !Thread.currentThread().getName().startsWith(FABRIC8_SCHEDULER);
    }

    /** Whether a request counts against the rate: a write, other than to a Lease. */
    static boolean paced(HttpRequest request) {
        return WRITES.contains(request.method()) && !request.uri().getRawPath().contains(LEASE_GROUP);
    }

    @Override
    public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
        if (!paced(request)) {
            return;
        }
        if (mayWait.getAsBoolean()) {
            waits.record(rate.acquire(), TimeUnit.NANOSECONDS);
        } else {
            rate.takeWithoutWaiting();
            waits.record(0, TimeUnit.NANOSECONDS);
        }
    }
}
