package io.xapp.inference.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xapp.inference.model.TextKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batcher with a stand-in embedder whose first call blocks until the test releases it: what queues meanwhile
 * is what the next rounds are made of, with no dependence on timing.
 */
class MicroBatcherTest {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstCallEntered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private MicroBatcher batcher;

    /** Each text's vector is {length of the text}; the first call waits for {@link #release}. */
    private float[][] embed(List<String> texts, TextKind kind) {
        calls.add(kind.wireName() + ":" + String.join(",", texts));
        if (firstCallEntered.getCount() > 0) {
            firstCallEntered.countDown();
            await(release);
        }
        if (texts.contains("boom")) {
            throw new IllegalStateException("the model failed");
        }
        return texts.stream().map(t -> new float[] {t.length()}).toArray(float[][]::new);
    }

    private MicroBatcher start(int queryCapacity, int passageCapacity) {
        batcher = new MicroBatcher(this::embed, new BatcherSettings(1, Duration.ZERO, 64, 2, queryCapacity,
                passageCapacity), RoundObserver.NONE);
        return batcher;
    }

    @AfterEach
    void stop() {
        release.countDown();
        batcher.close(Duration.ofSeconds(5));
    }

    @Test
    void questionsAskedWhileTheModelIsBusyShareOneCall() throws Exception {
        start(64, 64);
        CompletableFuture<float[][]> first = batcher.submit(TextKind.QUERY, List.of("q"));
        firstCallEntered.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<float[][]>> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waiting.add(batcher.submit(TextKind.QUERY, List.of("q".repeat(i + 2))));
        }
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)[0]).containsExactly(1f);
        for (int i = 0; i < 10; i++) {
            assertThat(waiting.get(i).get(10, TimeUnit.SECONDS)[0]).as("its own vector").containsExactly(i + 2f);
        }
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).split(",")).as("the ten questions in one call").hasSize(10);
    }

    @Test
    void questionsGoBeforePassagesAndPassagesGoAFewAtATimeShortestFirst() throws Exception {
        start(64, 64);
        batcher.submit(TextKind.PASSAGE, List.of("p0"));
        firstCallEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<float[][]> passages = batcher.submit(TextKind.PASSAGE, List.of("p333", "p1", "p22"));
        CompletableFuture<float[][]> question = batcher.submit(TextKind.QUERY, List.of("q"));
        release.countDown();

        assertThat(passages.get(10, TimeUnit.SECONDS)).as("vectors in the order of the texts")
                .isDeepEqualTo(new float[][] {{4}, {2}, {3}});
        question.get(10, TimeUnit.SECONDS);
        assertThat(calls).as("rounds of similar lengths").containsExactly("passage:p0", "query:q", "passage:p1,p22",
                "passage:p333");
    }

    @Test
    void anIndexBuildsQueriesWaitInTheBackgroundBehindAVisitorsQuestionEachRoundOfOneKind() throws Exception {
        start(64, 64);
        batcher.submit(TextKind.PASSAGE, List.of("p0"));
        firstCallEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<float[][]> words = batcher.submit(TextKind.QUERY, Priority.BACKGROUND, List.of("w1", "w2"));
        CompletableFuture<float[][]> passages = batcher.submit(TextKind.PASSAGE, List.of("p1"));
        CompletableFuture<float[][]> question = batcher.submit(TextKind.QUERY, List.of("q"));
        release.countDown();

        assertThat(words.get(10, TimeUnit.SECONDS)).isDeepEqualTo(new float[][] {{2}, {2}});
        passages.get(10, TimeUnit.SECONDS);
        question.get(10, TimeUnit.SECONDS);
        assertThat(calls).as("the visitor first; the build's words as queries, apart from its passages")
                .containsExactly("passage:p0", "query:q", "query:w1,w2", "passage:p1");
    }

    @Test
    void aRequestThatDoesNotFitTheQueueIsRefusedAtOnceWithWhenToComeBack() throws Exception {
        start(64, 4);
        batcher.submit(TextKind.PASSAGE, List.of("p0"));
        firstCallEntered.await(10, TimeUnit.SECONDS);
        batcher.submit(TextKind.PASSAGE, List.of("a", "b", "c"));

        assertThatThrownBy(() -> batcher.submit(TextKind.PASSAGE, List.of("d", "e")))
                .isInstanceOfSatisfying(BusyException.class, e -> assertThat(e.retryAfterSeconds()).isPositive())
                .hasMessageContaining("background queue is full (3 of 4 texts waiting)");
        assertThat(batcher.submit(TextKind.QUERY, List.of("q"))).as("the other queue still takes requests")
                .isNotNull();
        assertThat(batcher.submit(TextKind.PASSAGE, List.of("d"))).as("a request that fits").isNotNull();
    }

    @Test
    void aFailedCallFailsItsRequestsAndTheBatcherGoesOn() throws Exception {
        start(64, 64);
        batcher.submit(TextKind.QUERY, List.of("q"));
        firstCallEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<float[][]> failing = batcher.submit(TextKind.QUERY, List.of("boom"));
        release.countDown();

        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("the model failed");
        assertThat(batcher.submit(TextKind.QUERY, List.of("fine")).get(10, TimeUnit.SECONDS)[0])
                .containsExactly(4f);
    }

    @Test
    void closingFinishesWhatWasAcceptedAndRefusesTheRest() throws Exception {
        start(64, 64);
        batcher.submit(TextKind.PASSAGE, List.of("p0"));
        firstCallEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<float[][]> accepted = batcher.submit(TextKind.PASSAGE, List.of("p1", "p2", "p3"));
        Thread closer = new Thread(() -> batcher.close(Duration.ofSeconds(10)));
        closer.start();
        while (closer.getState() != Thread.State.TIMED_WAITING && closer.isAlive()) {
            Thread.onSpinWait();
        }
        assertThatThrownBy(() -> batcher.submit(TextKind.QUERY, List.of("late"))).isInstanceOf(BusyException.class)
                .hasMessageContaining("stopping");
        release.countDown();
        closer.join(10_000);

        assertThat(accepted).isCompleted();
        assertThat(accepted.get()).hasNumberOfRows(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
