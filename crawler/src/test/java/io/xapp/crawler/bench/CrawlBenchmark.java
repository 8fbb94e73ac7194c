package io.xapp.crawler.bench;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.CrawlerConfig;
import io.xapp.crawler.Crawlers;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.extract.PageExtractor;
import io.xapp.crawler.testsupport.LoopbackServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Crawls a generated 2,000-page site on loopback (delay 0) with 1, 4 and 16 workers and prints pages per second,
 * extraction time per page and peak memory. Not a test: run it with {@code bench/crawler.sh}.
 */
public final class CrawlBenchmark {

    private static final int PAGES = 2000;

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : PAGES;
        GeneratedSite site = new GeneratedSite(pages, 42);
        System.out.printf("site: %d pages, %.1f KB average, %d cores%n", site.size(),
                site.totalBytes() / 1024.0 / site.size(), Runtime.getRuntime().availableProcessors());
        extractionTime(site);
        try (LoopbackServer server = new LoopbackServer(8)) {
            site.serveOn(server);
            // Two unmeasured crawls first: on 2 cores the JIT needs a few thousand pages to settle.
            crawl(server, 4, "warm-up");
            crawl(server, 1, "warm-up");
            for (int workers : new int[] {1, 4, 16}) {
                crawl(server, workers, "measured");
            }
        }
        System.out.printf("peak RSS of the process (VmHWM, includes the in-process server): %s%n", vmHwm());
    }

    /**
     * Parsing and extraction alone, single-threaded: the median and best of 12 passes after 3 warm-up passes (one
     * pass is under a second, so a single one swings by a quarter with the collector and the machine).
     */
    private static void extractionTime(GeneratedSite site) {
        URI base = URI.create("http://127.0.0.1/p/");
        List<Double> msPerPage = new ArrayList<>();
        int passages = 0;
        for (int round = 0; round < 15; round++) {
            long start = System.nanoTime();
            passages = 0;
            for (int i = 0; i < site.size(); i++) {
                URI url = base.resolve(String.valueOf(i));
                var doc = PageExtractor.parse(site.page(i), "utf-8", url);
                passages += PageExtractor.extract(doc, url, null, null, "xappbot").passages().size();
            }
            if (round >= 3) {
                msPerPage.add((System.nanoTime() - start) / 1e6 / site.size());
            }
        }
        Collections.sort(msPerPage);
        System.out.printf("extraction: %.3f ms per page median, %.3f best of %d passes (parse + main content + "
                + "passages + links), %.1f passages per page%n", msPerPage.get(msPerPage.size() / 2), msPerPage.get(0),
                msPerPage.size(), passages / (double) site.size());
    }

    private static void crawl(LoopbackServer server, int workers, String label) {
        resetPeaks();
        FetchPolicy policy = FetchPolicy.defaults().withAllowLoopback(true);
        CrawlSettings settings = new CrawlSettings(server.url("/"), 10_000, 100, Duration.ofMinutes(10), workers,
                Duration.ZERO, 0, List.of(), List.of(), policy);
        try (Crawler crawler = Crawlers.crawler(new CrawlerConfig(Math.max(workers, 4), Math.max(workers, 4)))) {
            long start = System.nanoTime();
            CrawlResult result = crawler.crawl(settings);
            double seconds = (System.nanoTime() - start) / 1e9;
            double peak = peakHeapMb();
            System.gc();
            double live = usedHeapMb(); // with the result (all pages and passages) still referenced
            System.out.printf("%-8s workers=%2d: %d pages indexed, %d excluded in %.2f s = %.0f pages/s; "
                            + "heap: peak used %.0f MB (garbage included), live after GC %.0f MB (%s)%n", label,
                    workers, result.pages().size(), result.excluded().size(), seconds,
                    result.pages().size() / seconds, peak, live, result.endReason());
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap actually used. */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1024.0 / 1024.0;
    }

    private static double usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
    }

    private static String vmHwm() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.substring(6).strip()).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a (" + e.getMessage() + ")";
        }
    }
}
