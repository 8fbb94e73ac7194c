package io.xapp.bridge.bench;

import io.xapp.bridge.analytics.AnalyticsQuery;
import io.xapp.bridge.analytics.UsageEvent;
import io.xapp.bridge.analytics.UsageStore;
import io.xapp.bridge.analytics.WidgetReport;
import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Analytics query latency for one customer with N recorded queries (default 1,000,000) over 30 days, loaded through
 * the real ingest path (raw events, dictionary numbers, hour and day summaries) in time order, in batches of 1,000
 * as runtimes report them. Prints the load throughput and the p50/p95/p99/max of the partner's analytics query over
 * full-month ranges with ragged edges and random partial ranges ({@code -Dbench.runs}, default 200).
 *
 * <p>The H2 database is kept under {@code xapp.bridge.test.dir} (one per N) and reused by the next run; a
 * second argument names another JDBC URL (e.g. PostgreSQL, with {@code -Dbench.db.user/password}).
 */
public final class AnalyticsQueryBenchmark {

    private static final long DAY = 86_400_000L;
    private static final int DAYS = 30;
    private static final String ASSISTANT = "bench/ast-bench-customer";

    public static void main(String[] args) throws IOException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(System.getProperty("xapp.bridge.test.dir", "target/bench-state"))
                .resolve("analytics-" + total);
        String url = args.length > 1 ? args[1] : "jdbc:h2:file:" + dir.resolve("bridge").toAbsolutePath();
        long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        if (args.length <= 1 && Files.exists(dir.resolve("loaded"))) {
            System.out.printf("reusing the database loaded before in %s%n", dir);
        } else {
            deleteTree(dir);
            Files.createDirectories(dir);
            load(url, total, start);
            Files.writeString(dir.resolve("loaded"), Instant.now().toString());
        }
        try (Database db = open(url)) {
            measure(db, start, new Random(11));
        }
        System.exit(0);
    }

    private static Database open(String url) {
        return Database.open(new StoreSettings(url, System.getProperty("bench.db.user"), null, 8),
                System.getProperty("bench.db.password"));
    }

    /**
     * {@code total} events over 30 days, in time order: a quarter as many sessions as events, each on one day
     * within an hour of its start; 60 % as many users as sessions; Zipf-distributed queries over 20,000 texts,
     * every tenth one without content.
     */
    private static void load(String url, int total, long start) {
        try (Database db = open(url)) {
            UsageStore store = new UsageStore(db, Clock.systemUTC());
            Random random = new Random(7);
            int sessions = total / 4;
            int users = sessions * 3 / 5;
            long loadStart = System.nanoTime();
            int loaded = 0;
            for (int day = 0; day < DAYS; day++) {
                int firstSession = (int) ((long) sessions * day / DAYS);
                int daySessions = (int) ((long) sessions * (day + 1) / DAYS) - firstSession;
                int dayEvents = (int) ((long) total * (day + 1) / DAYS) - loaded;
                List<UsageEvent> events = new ArrayList<>(dayEvents);
                for (int i = 0; i < dayEvents; i++) {
                    int session = firstSession + random.nextInt(daySessions);
                    long sessionStart = start + (long) session * (DAYS * DAY) / sessions;
                    int rank = zipf(random, 20_000);
                    events.add(new UsageEvent("ev-" + (loaded + i), "s-" + session, "u-" + session % users, "widget",
                            "query number " + rank, rank % 10 == 0,
                            Instant.ofEpochMilli(sessionStart + random.nextInt(3_600_000))));
                }
                events.sort(Comparator.comparing(UsageEvent::at));
                for (int i = 0; i < events.size(); i += 1000) {
                    store.ingest(ASSISTANT, events.subList(i, Math.min(events.size(), i + 1000)));
                }
                loaded += dayEvents;
                System.out.printf("loaded %,d events (%.0f events/s)%n", loaded,
                        loaded / ((System.nanoTime() - loadStart) / 1e9));
            }
            double seconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("ingest: %,d events in %.1f s (%.0f events/s)%n", total, seconds, total / seconds);
        }
    }

    /** The full-month figures, a warm-up, then the timed runs and their percentiles. */
    private static void measure(Database db, long start, Random random) {
        AnalyticsQuery query = new AnalyticsQuery(db);
        long t0 = System.nanoTime();
        WidgetReport month = query.report(ASSISTANT, "widget", Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(start + DAYS * DAY - 1), 10);
        System.out.printf("full month (first query, %.0f ms): sessions %,d, users %,d, queries %,d, no content %,d, "
                        + "top %s%n", (System.nanoTime() - t0) / 1e6, month.totalUniqueSessions(),
                month.totalUniqueUsers(), month.queries().total(), month.queries().totalNoContent(),
                month.queries().topQueries().subList(0, 3));
        for (int i = 0; i < 20; i++) {
            run(query, start, random, i); // warm-up
        }
        int runs = Integer.getInteger("bench.runs", 200);
        double[] all = new double[runs];
        double[] months = new double[(runs + 1) / 2];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            run(query, start, random, i);
            all[i] = (System.nanoTime() - t) / 1e6;
            if (i % 2 == 0) {
                months[i / 2] = all[i];
            }
            if (Boolean.getBoolean("bench.verbose")) {
                System.out.printf("run %d: %.1f ms%n", i + 1, all[i]);
            }
        }
        print("full-month ranges with ragged edges", months);
        print("all runs (half full-month, half random partial ranges)", all);
    }

    private static void print(String what, double[] ms) {
        Arrays.sort(ms);
        int n = ms.length;
        System.out.printf("analytics query, %s, %d runs: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what, n, ms[n / 2], ms[(int) (n * 0.95)], ms[(int) (n * 0.99)], ms[n - 1]);
    }

    private static void run(AnalyticsQuery query, long start, Random random, int i) {
        if (i % 2 == 0) { // the month, starting and ending at random minutes within the first and last 6 hours
            query.report(ASSISTANT, "widget", Instant.ofEpochMilli(start + 60_000L * random.nextInt(360)),
                    Instant.ofEpochMilli(start + DAYS * DAY - 1 - 60_000L * random.nextInt(360)), 10);
        } else {
            long a = start + (long) (random.nextDouble() * 25 * DAY);
            long b = a + (long) (random.nextDouble() * (start + DAYS * DAY - a));
            query.report(ASSISTANT, "widget", Instant.ofEpochMilli(a), Instant.ofEpochMilli(b), 10);
        }
    }

    /** A rank from 1 to n with a Zipf-like (1/rank) popularity. */
    private static int zipf(Random random, int n) {
        double h = Math.log(n) + 0.5772;
        double u = random.nextDouble() * h;
        return Math.max(1, Math.min(n, (int) Math.exp(u - 0.5772)));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
