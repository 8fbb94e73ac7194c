package io.xapp.runtime.bench;

import io.xapp.crawler.CrawlResult;
import io.xapp.runtime.answers.InProcessAnswers;
import io.xapp.runtime.answers.QaSet;
import io.xapp.runtime.content.IndexBuilder;
import io.xapp.runtime.semantic.InferenceClient;
import io.xapp.runtime.testing.LocalInference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many runtimes indexing at once against one inference service, as when a partner onboards many customers together:
 * {@code bench.builds} index builds (default 8) of the given sites' crawls, started together, each its own
 * Assistant's client, the service without its vector cache (so that builds of the same fixture site cost what
 * builds of different sites would). Prints per build its time, passages, vectors embedded and missing, site words,
 * and the 503s it met and waited out (before 2026-12-07 the first of them left the rest of that build without
 * vectors, answering from BM25 alone until built again). Prints figures, asserts nothing. Run by
 * bench/index-burst.sh.
 */
public final class IndexBurstBenchmark {

    public static void main(String[] args) throws Exception {
        List<QaSet> sites = QaSet.under(Path.of(args[0]));
        int builds = Integer.getInteger("bench.builds", 8);
        List<CrawlResult> crawls = new ArrayList<>();
        for (QaSet site : sites) {
            crawls.add(InProcessAnswers.crawl(site));
        }
        Path work = Files.createTempDirectory("xapp-index-burst");
        try (LocalInference inference = LocalInference.start(LocalInference.defaultJar(), work,
                LocalInference.WITHOUT_VECTOR_CACHE)) {
            ExecutorService pool = Executors.newFixedThreadPool(builds);
            List<Future<String>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int b = 0; b < builds; b++) {
                int build = b;
                results.add(pool.submit(() -> build(inference, crawls, sites, build, work)));
            }
            System.out.printf("%d index builds at once (%s), one inference service (2 workers, no vector cache)%n",
                    builds, String.join(", ", sites.stream().map(QaSet::site).toList()));
            for (Future<String> result : results) {
                System.out.println("  " + result.get());
            }
            System.out.printf("all done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            pool.shutdown();
        }
        System.exit(0);
    }

    private static String build(LocalInference inference, List<CrawlResult> crawls, List<QaSet> sites, int build,
            Path work) throws Exception {
        int site = build % crawls.size();
        InferenceClient client = inference.client("burst", "ast-" + build);
        long start = System.nanoTime();
        Path dir = Files.createDirectories(work.resolve("build-" + build));
        IndexBuilder.Built built = IndexBuilder.build(crawls.get(site), dir, client, Optional.empty(),
                IndexBuilder.Progress.NONE);
        return String.format("build %d (%s): %.1f s, %d passages, %d vectors embedded, %d without a vector, "
                        + "%d site words; 503s met and waited out: %d", build, sites.get(site).site(),
                (System.nanoTime() - start) / 1e9, built.passages(), built.embedded(), built.missingVectors(),
                built.siteWords(), client.busyAnswers());
    }
}
