package io.xapp.crawler.cli;

import io.xapp.crawler.CrawlJob;
import io.xapp.crawler.CrawlListener;
import io.xapp.crawler.CrawlProgress;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlResults;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.CrawlerConfig;
import io.xapp.crawler.Crawlers;
import io.xapp.crawler.FetchException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/**
 * {@code java -jar xapp-crawler-<version>-cli.jar [options] <url>}: crawls a site and prints the result as JSON on
 * standard output (progress goes to standard error). Exit status 0 on a crawl, 1 when the start page cannot be
 * fetched, 2 on bad arguments.
 */
public final class CrawlCommand {

    static final String USAGE = """
            usage: xapp-crawler [options] <url>
              --allow-loopback   allow 127.0.0.0/8 and ::1 (local test sites only)
              --max-pages N      stop after N indexed pages (default 500)
              --max-depth N      follow links at most N clicks from the start page (default 10)
              --workers N        concurrent requests (default 4)
              --delay-ms N       pause of each worker between requests (default 250)
              --max-time-s N     stop after N seconds (default 600)
              --quiet            no progress on standard error""";

    private CrawlCommand() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("xapp-crawler: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options == null) {
            out.println(USAGE);
            return 0;
        }
        try (Crawler crawler = Crawlers.crawler(new CrawlerConfig(Math.max(options.settings().workers(), 4),
                Math.max(options.settings().workers(), 4)))) {
            CrawlListener listener = options.quiet() ? CrawlListener.NONE : progressTo(err);
            CrawlJob job = crawler.start(options.settings(), null, listener);
            CrawlResult result = job.result().join();
            out.println(CrawlResults.toJson(result));
            err.printf("%ncrawl %s: %d pages indexed, %d URLs excluded%n", result.endReason().label(), result.pages().size(),
                    result.excluded().size());
            return 0;
        } catch (CompletionException e) {
            if (e.getCause() instanceof FetchException fe) {
                err.println("xapp-crawler: cannot crawl " + options.settings().startUrl() + " (" + fe.reason() + "): "
                        + fe.getMessage());
                return 1;
            }
            throw e;
        } catch (IllegalArgumentException e) {
            err.println("xapp-crawler: " + e.getMessage());
            return 2;
        }
    }

    private static CrawlListener progressTo(PrintStream err) {
        return new CrawlListener() {
            @Override
            public void onProgress(CrawlProgress p) {
                err.printf("\r%d indexed, %d queued, %d excluded (%d failed), %ds ", p.pagesDone(), p.queued(),
                        p.excluded(), p.failed(), p.elapsed().toSeconds());
            }
        };
    }

    /** The parsed command line; {@link #parse} returns null for --help. */
    record Options(CrawlSettings settings, boolean quiet) {

        static Options parse(String[] args) {
            URI url = null;
            boolean allowLoopback = false;
            boolean quiet = false;
            Integer maxPages = null;
            Integer maxDepth = null;
            Integer workers = null;
            Integer delayMs = null;
            Integer maxTimeS = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> {
                        return null;
                    }
                    case "--allow-loopback" -> allowLoopback = true;
                    case "--quiet" -> quiet = true;
                    case "--max-pages" -> maxPages = number(args, ++i, a);
                    case "--max-depth" -> maxDepth = number(args, ++i, a);
                    case "--workers" -> workers = number(args, ++i, a);
                    case "--delay-ms" -> delayMs = number(args, ++i, a);
                    case "--max-time-s" -> maxTimeS = number(args, ++i, a);
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        if (url != null) {
                            throw new IllegalArgumentException("one URL only, got " + url + " and " + a);
                        }
                        url = URI.create(a.contains("://") ? a : "https://" + a);
                    }
                }
            }
            if (url == null) {
                throw new IllegalArgumentException("missing the URL to crawl");
            }
            CrawlSettings s = CrawlSettings.of(url);
            if (maxPages != null) {
                s = s.withMaxPages(maxPages);
            }
            if (workers != null) {
                s = s.withWorkers(workers);
            }
            if (delayMs != null) {
                s = s.withPerHostDelay(Duration.ofMillis(delayMs));
            }
            s = s.withFetch(s.fetch().withAllowLoopback(allowLoopback));
            if (maxDepth != null || maxTimeS != null) {
                s = new CrawlSettings(s.startUrl(), s.maxPages(), maxDepth != null ? maxDepth : s.maxDepth(),
                        maxTimeS != null ? Duration.ofSeconds(maxTimeS) : s.maxTotalTime(), s.workers(),
                        s.perHostDelay(), s.maxRetries(), s.includePatterns(), s.excludePatterns(), s.fetch());
            }
            return new Options(s, quiet);
        }

        private static int number(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a number");
            }
            try {
                int n = Integer.parseInt(args[i]);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a non-negative whole number, got " + args[i]);
            }
        }
    }
}
