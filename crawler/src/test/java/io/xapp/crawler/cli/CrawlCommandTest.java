package io.xapp.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlResults;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CrawlCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CrawlCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void crawlsAndPrintsTheResultAsJson() {
        try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"))) {
            int status = run("--allow-loopback", "--max-pages", "5", "--workers", "2", "--delay-ms", "0", "--quiet",
                    site.baseUri().toString());
            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            CrawlResult result = CrawlResults.fromJson(out.toString(StandardCharsets.UTF_8));
            assertThat(result.pages()).hasSize(5);
            assertThat(result.endReason()).isEqualTo(CrawlEndReason.PAGE_LIMIT);
            assertThat(result.brand().name().value()).isEqualTo("Brightside Family Dental");
        }
    }

    @Test
    void refusesLoopbackWithoutTheFlag() {
        try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"))) {
            assertThat(run("--quiet", site.baseUri().toString())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("BLOCKED_ADDRESS", "loopback");
        }
    }

    @Test
    void explainsBadArguments() {
        assertThat(run("--workers", "many", "https://example.com")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--workers needs a non-negative whole number",
                "usage:");
        assertThat(run()).isEqualTo(2);
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--allow-loopback");
    }
}
