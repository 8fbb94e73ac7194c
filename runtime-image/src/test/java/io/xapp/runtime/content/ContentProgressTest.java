package io.xapp.runtime.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawlProgress;
import io.xapp.testing.support.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContentProgressTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
    private final ContentProgress progress = new ContentProgress(URI.create("https://www.example.com/"), clock);

    @Test
    void saysNothingWhileIdle() {
        assertThat(progress.describe()).isEmpty();
    }

    @Test
    void aCrawlSaysItsPagesAndHowLongItHasRun() {
        progress.crawling();
        clock.advance(Duration.ofSeconds(80));
        progress.onProgress(new CrawlProgress(120, 40, 1, 3, Duration.ofSeconds(80)));

        assertThat(progress.describe()).hasValue(
                "crawling https://www.example.com/: 120 pages read, 40 queued, 3 left out, 1 failed, for 1 min 20 s");
    }

    @Test
    void anIndexBuildSaysItsPassagesAndTheirVectors() {
        progress.crawling();
        progress.onProgress(new CrawlProgress(1204, 0, 0, 0, Duration.ofMinutes(3)));
        progress.indexing(1204);
        progress.written(3400, 3390);
        clock.advance(Duration.ofSeconds(12));

        assertThat(progress.describe()).hasValue("indexing the 1204 pages read from https://www.example.com/: 3400 "
                + "passages written, 3390 with a vector, for 12 s");
    }

    @Test
    void anIndexBuildSaysHowLongItHasWaitedForABusyInferenceService() {
        progress.indexing(1204);
        progress.written(640, 640);
        progress.waitingForBusyInference(Duration.ofSeconds(6));
        progress.waitingForBusyInference(Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(75));

        assertThat(progress.describe()).hasValue("indexing the 1204 pages read from https://www.example.com/: 640 "
                + "passages written, 640 with a vector, for 1 min 15 s, 13 s of it waiting for the busy inference "
                + "service");
    }

    @Test
    void lateNewsOfAnEarlierStageIsIgnored() {
        progress.indexing(10);
        progress.onProgress(new CrawlProgress(10, 0, 0, 0, Duration.ZERO));
        assertThat(progress.describe()).get().asString().startsWith("indexing the 10 pages");

        progress.done();
        progress.written(64, 64);
        assertThat(progress.describe()).isEmpty();
    }
}
