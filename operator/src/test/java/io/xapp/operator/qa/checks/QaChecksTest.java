package io.xapp.operator.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantStatus;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.api.v1alpha1.QaCheckRun;
import io.xapp.api.v1alpha1.QaStatus;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How runs run, with stand-in checks against a readiness endpoint on loopback: they wait for the runtime without
 * holding a thread, cut off a check at its deadline, report their end, retry a runtime that never answered, and are
 * never started again for a revision whose results are in the status.
 */
class QaChecksTest {

    private static final ResourceID ID = new ResourceID("ast-test", "ns");
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicInteger events = new AtomicInteger();
    private HttpServer runtime;
    private QaChecks checks;

    private record Fixed(String name, CheckOutcome outcome, long millis) implements QaCheck {
        @Override
        public CheckOutcome run(CheckContext context) throws InterruptedException {
            Thread.sleep(millis);
            return outcome;
        }
    }

    private record Throwing(String name) implements QaCheck {
        @Override
        public CheckOutcome run(CheckContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @BeforeEach
    void startRuntime() throws Exception {
        runtime = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        runtime.createContext("/q/health/ready", x -> {
            x.sendResponseHeaders(ready.get() ? 200 : 503, -1);
            x.close();
        });
        runtime.start();
    }

    @AfterEach
    void stop() {
        if (checks != null) {
            checks.stop();
        }
        runtime.stop(0);
    }

    private void start(List<QaCheck> list, Duration runtimeWait) {
        checks = new QaChecks(new QaCheckSettings(true, 2, 100, Duration.ofMillis(800), runtimeWait,
                Duration.ofMillis(500)), Clock.systemUTC(), list);
        checks.setEventHandler(event -> events.incrementAndGet());
        checks.start();
    }

    private CheckTarget target(String revision) {
        return Targets.of(URI.create("http://127.0.0.1:9/"), URI.create("http://127.0.0.1:"
                + runtime.getAddress().getPort() + "/"), new BrandStatus(), revision);
    }

    @Test
    void aRunWaitsForTheRuntimeThenEveryCheckHasAResultWithinItsDeadline() {
        start(List.of(new Fixed("Quick", CheckOutcome.passed("fine"), 0),
                new Fixed("Doubtful", CheckOutcome.warning("look at it"), 50),
                new Fixed("Stuck", CheckOutcome.passed("never seen"), 60_000),
                new Throwing("Broken")), Duration.ofMinutes(1));
        CheckRun.Progress waiting = checks.request(ID, target("rev1"));
        assertThat(waiting.stage()).isEqualTo(CheckRun.Stage.WAITING_FOR_RUNTIME);
        assertThat(waiting.run().state()).isEqualTo(QaCheckRun.State.Running);
        assertThat(waiting.run().summary()).isEqualTo("running 0/4");
        assertThat(waiting.checks()).extracting(QaCheckResult::result).containsOnly(Result.Pending);

        ready.set(true);
        CheckRun.Progress done = await().atMost(Duration.ofSeconds(30))
                .until(() -> checks.request(ID, target("rev1")), CheckRun.Progress::done);
        assertThat(done.run().state()).isEqualTo(QaCheckRun.State.Failed);
        assertThat(done.run().summary()).isEqualTo("1/4");
        assertThat(done.run().completedAt()).isNotNull();
        assertThat(done.checks()).extracting(QaCheckResult::name).containsExactly("Quick", "Doubtful", "Stuck",
                "Broken");
        assertThat(done.checks().get(2).message()).contains("did not finish within 800 ms");
        assertThat(done.checks().get(3).message()).contains("failed unexpectedly", "boom");
        await().atMost(Duration.ofSeconds(5)).until(() -> events.get() >= 1);
        assertThat(checks.announce(ID, "rev1")).as("the first time").isTrue();
        assertThat(checks.announce(ID, "rev1")).as("once per run").isFalse();
    }

    @Test
    void aRuntimeThatNeverAnswersIsTriedAgainLater() {
        start(List.of(new Fixed("Quick", CheckOutcome.passed("fine"), 0)), Duration.ofMillis(300));
        checks.request(ID, target("rev1"));
        CheckRun.Progress unreachable = await().atMost(Duration.ofSeconds(30))
                .until(() -> checks.request(ID, target("rev1")),
                        p -> p.stage() == CheckRun.Stage.RUNTIME_UNREACHABLE);
        assertThat(unreachable.problem()).contains("/q/health/ready does not answer 200 yet");
        assertThat(unreachable.retryAt()).isAfter(Instant.now().minusSeconds(1));

        ready.set(true);
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> checks.request(ID, target("rev1")),
                CheckRun.Progress::done).run().state()).isEqualTo(QaCheckRun.State.Passed);
    }

    @Test
    void aNewRevisionStartsAgain() {
        ready.set(true);
        start(List.of(new Fixed("Quick", CheckOutcome.passed("fine"), 0)), Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> checks.request(ID, target("rev1")),
                CheckRun.Progress::done);
        CheckRun.Progress next = checks.request(ID, target("rev2"));
        assertThat(next.revision()).isEqualTo("rev2");
        assertThat(next.done()).isFalse();
    }

    @Test
    void checksRecordedInTheStatusAreNeverRunAgain() {
        start(List.of(new Fixed("Quick", CheckOutcome.passed("fine"), 0)), Duration.ofMinutes(1));
        Assistant a = new Assistant();
        a.getMetadata().setName("ast-test");
        a.getMetadata().setNamespace("ns");
        QaStatus qa = new QaStatus();
        qa.setCheckRun(new QaCheckRun("rev1", QaCheckRun.State.Passed, "1/1", "t0", "t1"));
        qa.setChecks(List.of(new QaCheckResult("Quick", Result.Passed, "fine")));
        AssistantStatus status = new AssistantStatus();
        status.setQa(qa);
        a.setStatus(status);
        StatusDraft draft = StatusDraft.of(a, Instant.now());

        QaChecksStep step = new QaChecksStep(checks, new AssistantEvents(null, Clock.systemUTC(), "test"),
                Clock.systemUTC());
        ChecksVerdict verdict = step.review(a, target("rev1"), true, draft);
        assertThat(verdict.label()).contains("passed");
        assertThat(checks.known(ID)).as("nothing started").isEmpty();
        assertThat(draft.conditions().get(ConditionType.QAChecks).orElseThrow().getReason())
                .isEqualTo(QaChecksStep.PASSED);
        assertThat(step.checklist(a, "rev1", draft)).isPresent();
        assertThat(step.checklist(a, "rev2", draft)).isEmpty();
    }
}
