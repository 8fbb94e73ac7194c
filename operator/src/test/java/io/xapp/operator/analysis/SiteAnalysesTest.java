package io.xapp.operator.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.EventHandler;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.xapp.crawler.Brand;
import io.xapp.crawler.BrandAnalyzer;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchPolicy;
import io.xapp.operator.status.OperatorMetrics;
import io.xapp.testing.support.MutableClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The analysis event source with a scripted analyzer: off-thread work, wake-ups, backoff, cancellation. */
class SiteAnalysesTest {

    private static final ResourceID ID = new ResourceID("ast-a", "ns");
    private static final URI SITE = URI.create("https://www.example.com/");
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(2, 1, Duration.ofSeconds(10),
            Duration.ofSeconds(80));

    private final List<ResourceID> woken = new CopyOnWriteArrayList<>();
    private SiteAnalyses analyses;

    @AfterEach
    void stop() {
        analyses.stop();
    }

    @Test
    void analysesOffTheCallersThreadAndWakesTheAssistant() {
        start((site, policy) -> Brand.EMPTY, Clock.systemUTC());
        SiteAnalysis first = analyses.request(ID, SITE, FetchPolicy.defaults());
        assertThat(first.state()).isIn(SiteAnalysis.State.RUNNING, SiteAnalysis.State.SUCCEEDED);

        await().atMost(Duration.ofSeconds(10)).until(() -> woken.contains(ID));
        assertThat(analyses.succeeded(ID, SITE.toString())).isPresent();
        assertThat(analyses.request(ID, SITE, FetchPolicy.defaults()).state()).isEqualTo(SiteAnalysis.State.SUCCEEDED);
    }

    @Test
    void aFailureWaitsOutItsBackoffBeforeTheNextAttempt() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        start((site, policy) -> {
            throw new FetchException(site, FetchException.Reason.UNREACHABLE, "cannot connect to www.example.com");
        }, clock);
        analyses.request(ID, SITE, FetchPolicy.defaults());
        await().atMost(Duration.ofSeconds(10)).until(() -> !woken.isEmpty());

        SiteAnalysis failed = analyses.request(ID, SITE, FetchPolicy.defaults());
        assertThat(failed.state()).isEqualTo(SiteAnalysis.State.FAILED);
        assertThat(failed.failure().reason()).isEqualTo("SiteUnreachable");
        assertThat(Duration.between(failed.finishedAt(), failed.retryAt())).isEqualTo(Duration.ofSeconds(10));

        clock.advance(Duration.ofSeconds(11));
        assertThat(analyses.request(ID, SITE, FetchPolicy.defaults()).attempt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> woken.size() == 2);
        SiteAnalysis second = analyses.request(ID, SITE, FetchPolicy.defaults());
        assertThat(Duration.between(second.finishedAt(), second.retryAt())).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aNewWebsiteCancelsTheOldAnalysisAndItsResultIsIgnored() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        start((site, policy) -> {
            if (site.equals(SITE)) {
                await().until(() -> release.getCount() == 0);
            }
            return Brand.EMPTY;
        }, Clock.systemUTC());
        analyses.request(ID, SITE, FetchPolicy.defaults());
        URI moved = URI.create("https://moved.example.com/");
        analyses.request(ID, moved, FetchPolicy.defaults());
        release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> analyses.succeeded(ID, moved.toString()).isPresent());
        assertThat(analyses.succeeded(ID, SITE.toString())).isEmpty();
    }

    @Test
    void aFullQueueAsksAgainLaterWithoutCountingAnAttempt() {
        CountDownLatch release = new CountDownLatch(1);
        start((site, policy) -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> release.getCount() == 0);
            return Brand.EMPTY;
        }, Clock.systemUTC());
        for (int i = 0; i < 3; i++) { // two threads busy, one queued
            analyses.request(new ResourceID("busy-" + i, "ns"), SITE, FetchPolicy.defaults());
        }
        SiteAnalysis refused = analyses.request(ID, SITE, FetchPolicy.defaults());
        release.countDown();
        assertThat(refused.state()).isEqualTo(SiteAnalysis.State.FAILED);
        assertThat(refused.failure().reason()).isEqualTo("AnalysisQueueFull");
        assertThat(refused.attempt()).isZero();
    }

    private void start(BrandAnalyzer analyzer, Clock clock) {
        analyses = new SiteAnalyses(analyzer, SETTINGS, clock, new OperatorMetrics(new SimpleMeterRegistry()));
        analyses.setEventHandler(new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                woken.add(event.getRelatedCustomResourceID());
            }
        });
        analyses.start();
    }
}
