package io.xapp.bridge.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One lane per customer: in order and one at a time within a customer, in parallel across customers. */
class CustomerLanesTest {

    private static final int CUSTOMERS = 50;
    private static final int EVENTS_PER_CUSTOMER = 20;

    @Test
    void aCustomersTasksRunOneAtATimeInTheOrderSubmittedWhileCustomersRunInParallel() throws Exception {
        Map<String, List<Integer>> ran = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(CUSTOMERS * EVENTS_PER_CUSTOMER);
        try (CustomerLanes lanes = new CustomerLanes(8)) {
            // Interleaved as a burst arrives: event 0 of every customer, then event 1 of every customer, ...
            for (int e = 0; e < EVENTS_PER_CUSTOMER; e++) {
                for (int c = 0; c < CUSTOMERS; c++) {
                    String customer = "customer-" + c;
                    int event = e;
                    lanes.submit(customer, () -> {
                        if (running.computeIfAbsent(customer, k -> new AtomicInteger()).incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        ran.computeIfAbsent(customer, k -> new ArrayList<>()).add(event);
                        Thread.yield();
                        running.get(customer).decrementAndGet();
                        done.countDown();
                    });
                }
            }
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(overlaps).as("tasks of one customer running at the same time").hasValue(0);
        List<Integer> inOrder = IntStream.range(0, EVENTS_PER_CUSTOMER).boxed().toList();
        assertThat(ran).hasSize(CUSTOMERS).allSatisfy((customer, events) -> assertThat(events)
                .as("the order %s's tasks ran in", customer).isEqualTo(inOrder));
    }

    @Test
    void aSlowCustomerHoldsUpNeitherOtherCustomersNorItsOwnLaterTasksOrder() throws Exception {
        CountDownLatch otherRan = new CountDownLatch(1);
        CountDownLatch slowFinished = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        try (CustomerLanes lanes = new CustomerLanes(2)) {
            // The slow task waits for the other customer's task: it can only finish if the two run in parallel.
            lanes.submit("slow", () -> {
                await(otherRan);
                order.add("slow-1");
            });
            lanes.submit("slow", () -> {
                order.add("slow-2");
                slowFinished.countDown();
            });
            lanes.submit("other", () -> {
                order.add("other-1");
                otherRan.countDown();
            });
            assertThat(slowFinished.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(order).containsSubsequence("slow-1", "slow-2").contains("other-1");
        assertThat(order.indexOf("other-1")).isLessThan(order.indexOf("slow-1"));
    }

    @Test
    void aFailingTaskDoesNotStallTheCustomersLaterTasks() throws Exception {
        CountDownLatch later = new CountDownLatch(2);
        try (CustomerLanes lanes = new CustomerLanes(2)) {
            lanes.submit("c", () -> {
                throw new IllegalStateException("this event failed");
            });
            lanes.submit("c", later::countDown);
            lanes.submit("c", () -> {
                later.countDown();
                throw new WorkerKilled();
            });
            CountDownLatch last = new CountDownLatch(1);
            lanes.submit("c", last::countDown);
            assertThat(later.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(last.await(30, TimeUnit.SECONDS)).as("the task after the one that killed its thread").isTrue();
        }
    }

    /** An error, not an exception: it ends the worker thread that runs the task. */
    static final class WorkerKilled extends Error {
        WorkerKilled() {
            super("simulated error that ends a worker thread");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
