package io.xapp.runtime.semantic;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * A question's vector, when the inference service can give one in time; otherwise the question is answered from
 * BM25 alone. After a failure the service is left alone for {@link #PAUSE}, so visitors do not each wait for a
 * timeout while it is down; the first question after the pause tries again. Counted in /q/metrics as
 * {@code xapp_answers_total{retrieval="hybrid"|"lexical"}}, logged once per outage.
 */
@ApplicationScoped
public class QuestionVectors {

    static final Duration PAUSE = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(QuestionVectors.class);

    private final Embedder embedder;
    private final Clock clock;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);
    private final Counter hybrid;
    private final Counter lexical;
    private volatile boolean down;

    @Inject
    QuestionVectors(Embedder embedder, MeterRegistry registry) {
        this(embedder, registry, Clock.systemUTC());
    }

    QuestionVectors(Embedder embedder, MeterRegistry registry, Clock clock) {
        this.embedder = embedder;
        this.clock = clock;
        this.hybrid = Counter.builder("xapp.answers").tag("retrieval", "hybrid")
                .description("Questions ranked by meaning and words").register(registry);
        this.lexical = Counter.builder("xapp.answers").tag("retrieval", "lexical")
                .description("Questions ranked by words alone: no vectors in the index or no inference service")
                .register(registry);
        registry.gauge("xapp.inference.available", embedder, e -> e.available() ? 1 : 0);
    }

    /**
     * The vectors of a question's {@code texts} (the question, and a sentence of it asked apart) in
     * {@code indexModel}, the model of the index they will be compared with, in one call; empty when there are none
     * to be had now. Counted as one answer.
     */
    public Optional<List<float[]>> of(List<String> texts, Optional<Embedder.Model> indexModel) {
        Optional<List<float[]>> vectors = ofOthers(texts, indexModel);
        (vectors.isPresent() ? hybrid : lexical).increment();
        return vectors;
    }

    /**
     * The vectors of other questions than the visitor's (an FAQ's own), in {@code indexModel}; empty when there are
     * none to be had now. Not counted as answers.
     */
    public Optional<List<float[]>> ofOthers(List<String> questions, Optional<Embedder.Model> indexModel) {
        return indexModel.isPresent() && embedder.configured() ? ask(questions, indexModel.get()) : Optional.empty();
    }

    private Optional<List<float[]>> ask(List<String> questions, Embedder.Model indexModel) {
        if (clock.instant().isBefore(pausedUntil.get())) {
            return Optional.empty();
        }
        try {
            Embedder.Embeddings embeddings = embedder.embedWhileAVisitorWaits(questions);
            if (down) {
                down = false;
                LOG.info("the inference service answers again; questions are ranked by meaning and words");
            }
            // A different model means the service was switched and the index is being embedded again.
            return embeddings.model().equals(indexModel) ? Optional.of(embeddings.vectors()) : Optional.empty();
        } catch (EmbeddingUnavailableException e) {
            pausedUntil.set(clock.instant().plus(PAUSE));
            if (!down) {
                down = true;
                LOG.warnf("answering from BM25 alone: %s (trying again every %ds)", e.getMessage(),
                        PAUSE.toSeconds());
            }
            return Optional.empty();
        }
    }
}
