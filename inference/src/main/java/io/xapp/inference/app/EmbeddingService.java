package io.xapp.inference.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.xapp.inference.batch.BatcherSettings;
import io.xapp.inference.batch.MicroBatcher;
import io.xapp.inference.batch.Priority;
import io.xapp.inference.cache.VectorCache;
import io.xapp.inference.model.AllMiniLmL6V2;
import io.xapp.inference.model.EmbeddingModel;
import io.xapp.inference.model.EncoderSettings;
import io.xapp.inference.model.OnnxEncoder;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The model, loaded once per process on a thread of its own right after start (the HTTP server, liveness and
 * {@code GET /v1/model} answer meanwhile; readiness waits for it), and the batcher in front of it. A model that
 * cannot be loaded ends the process, so the pod restarts and its state shows the failure.
 */
@Singleton
public class EmbeddingService {

    private static final Logger LOG = Logger.getLogger(EmbeddingService.class);
    /** How long a stopping pod finishes the texts it already accepted. */
    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final InferenceConfig config;
    private final InferenceMetrics metrics;
    private final VectorCache cache;
    private volatile OnnxEncoder encoder;
    private volatile MicroBatcher batcher;

    EmbeddingService(InferenceConfig config, InferenceMetrics metrics, MeterRegistry registry) {
        this.config = config;
        this.metrics = metrics;
        this.cache = VectorCache.of(config.vectorCacheBytes(), registry);
        for (Priority priority : Priority.values()) {
            Gauge.builder("xapp.inference.queued", this, s -> s.queued(priority)).description("texts waiting for a "
                    + "model call").tag("priority", priority.wireName()).register(registry);
        }
    }

    public EmbeddingModel model() {
        return AllMiniLmL6V2.MODEL;
    }

    /** The batcher, once the model is loaded. */
    public Optional<MicroBatcher> batcher() {
        return Optional.ofNullable(batcher);
    }

    /** The vectors of recent texts, in front of the batcher. */
    public VectorCache cache() {
        return cache;
    }

    void onStart(@Observes StartupEvent event) {
        // A request may carry maxTexts texts: a smaller queue would refuse it for ever, not just while busy.
        if (config.queryQueue() < config.maxTexts() || config.passageQueue() < config.maxTexts()) {
            throw new IllegalArgumentException("xapp.inference.query-queue (" + config.queryQueue()
                    + ") and passage-queue (" + config.passageQueue() + ") must hold at least max-texts ("
                    + config.maxTexts() + ") texts, one full request");
        }
        Thread loader = new Thread(this::load, "model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        EmbeddingModel model = model();
        int threads = config.intraOpThreads();
        int workers = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        try {
            long start = System.nanoTime();
            OnnxEncoder loaded = OnnxEncoder.load(model, new EncoderSettings(threads, config.spinning()));
            encoder = loaded;
            batcher = new MicroBatcher(loaded::embed, new BatcherSettings(workers, config.batchWindow(),
                    config.maxQueryBatch(), config.passageRound(), config.queryQueue(), config.passageQueue()),
                    metrics);
            LOG.infof("model %s loaded in %d ms (%d dimensions, %d intra-op threads, %d workers)", model.name(),
                    (System.nanoTime() - start) / 1_000_000, model.dimensions(), threads, workers);
        } catch (RuntimeException | LinkageError e) {
            LOG.errorf(e, "cannot load model %s; stopping, so that the pod restarts", model.name());
            Quarkus.asyncExit(1);
        }
    }

    private double queued(Priority priority) {
        MicroBatcher b = batcher;
        return b == null ? 0 : b.queued(priority);
    }

    void onStop(@Observes ShutdownEvent event) {
        MicroBatcher b = batcher;
        if (b != null) {
            b.close(DRAIN);
        }
        OnnxEncoder e = encoder;
        if (e != null) {
            e.close();
        }
    }
}
