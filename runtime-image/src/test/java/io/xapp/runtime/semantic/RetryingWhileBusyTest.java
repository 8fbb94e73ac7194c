package io.xapp.runtime.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An index build waits out a busy service, within a bound, and nothing else. */
class RetryingWhileBusyTest {

    private static final Embedder.Model MODEL = new Embedder.Model("m", 1);

    /** Answers busy {@code busy} times (asking to come back after {@code retryAfter}), then embeds. */
    private static final class BusyService implements Embedder {
        int busy;
        Duration retryAfter = Duration.ofSeconds(3);
        boolean down;
        int calls;

        @Override
        public Model model() {
            return answer(MODEL);
        }

        @Override
        public Embeddings embed(Kind kind, List<String> texts) {
            return answer(new Embeddings(MODEL, texts.stream().map(t -> new float[] {1}).toList()));
        }

        @Override
        public Embeddings embedWhileAVisitorWaits(List<String> questions) {
            return embed(Kind.QUERY, questions);
        }

        private <T> T answer(T result) {
            calls++;
            if (down) {
                throw new EmbeddingUnavailableException("connection refused");
            }
            if (busy > 0) {
                busy--;
                throw new InferenceBusyException("queue full", retryAfter);
            }
            return result;
        }
    }

    private final BusyService service = new BusyService();
    private final List<Duration> sleeps = new ArrayList<>();

    private RetryingWhileBusy retrying(double jitter) {
        return new RetryingWhileBusy(service, sleeps::add, () -> jitter);
    }

    @Test
    void waitsWhatTheServiceAsksThenEmbeds() {
        service.busy = 2;
        RetryingWhileBusy embedder = retrying(0);
        assertThat(embedder.embed(Embedder.Kind.PASSAGE, List.of("a", "b")).vectors()).hasSize(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(embedder.waited()).isEqualTo(Duration.ofSeconds(6));

        service.busy = 1;
        assertThat(embedder.model()).isEqualTo(MODEL);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void runtimesToldTheSameComeBackAtDifferentTimes() {
        service.busy = 1;
        retrying(0.5).embed(Embedder.Kind.PASSAGE, List.of("a"));
        assertThat(sleeps).containsExactly(Duration.ofMillis(4500));
    }

    @Test
    void aBuildGivesUpOnceItHasWaitedTenMinutes() {
        service.busy = Integer.MAX_VALUE;
        service.retryAfter = Duration.ofSeconds(60);
        RetryingWhileBusy embedder = retrying(0);
        assertThatThrownBy(() -> embedder.embed(Embedder.Kind.PASSAGE, List.of("a")))
                .isInstanceOf(EmbeddingUnavailableException.class)
                .hasMessageContaining("queue full")
                .hasMessageContaining("still busy after this build waited 600 s");
        assertThat(sleeps).hasSize(10);
        assertThat(embedder.waited()).isEqualTo(RetryingWhileBusy.MAX_WAIT);
    }

    @Test
    void aServiceThatIsDownFailsAtOnce() {
        service.down = true;
        assertThatThrownBy(() -> retrying(0).embed(Embedder.Kind.PASSAGE, List.of("a")))
                .isInstanceOf(EmbeddingUnavailableException.class).hasMessage("connection refused");
        assertThat(sleeps).isEmpty();
        assertThat(service.calls).isOne();
    }

    @Test
    void aVisitorsQuestionIsNeverRetried() {
        service.busy = 1;
        assertThatThrownBy(() -> retrying(0).embedWhileAVisitorWaits(List.of("open on sundays?")))
                .isInstanceOf(InferenceBusyException.class);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anInterruptedWaitEndsTheBuildsCallsAndKeepsTheInterrupt() {
        service.busy = 1;
        RetryingWhileBusy embedder = new RetryingWhileBusy(service, d -> {
            throw new InterruptedException();
        }, () -> 0);
        assertThatThrownBy(() -> embedder.model()).isInstanceOf(EmbeddingUnavailableException.class)
                .hasMessageContaining("interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void noServiceConfiguredIsLeftAsItIs() {
        assertThat(RetryingWhileBusy.forOneBuild(Embedder.NONE, wait -> { })).isSameAs(Embedder.NONE);
    }
}
