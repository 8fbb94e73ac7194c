package io.xapp.bridge.bench;

import io.xapp.bridge.analytics.AnalyticsQuery;
import io.xapp.bridge.analytics.UsageEvent;
import io.xapp.bridge.analytics.UsageStore;
import io.xapp.bridge.analytics.WidgetReport;
import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.testing.RepoPaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Analytics query latency for one customer with N recorded queries (default 1,000,000) over 30 days, loaded through
 * the real ingest path (raw events plus per-day aggregates). Prints ingest throughput and the p50/p95/p99/max of
 * the partner's analytics query over full-month and random partial ranges ({@code -Dbench.runs}, default 200).
 * Optional second argument: a JDBC URL (e.g. PostgreSQL) instead of a fresh H2 file.
 */
public final class AnalyticsQueryBenchmark {

    private static final long DAY = 86_400_000L;

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String url = args.length > 1 ? args[1]
                : "jdbc:h2:file:" + RepoPaths.stateDir("bench-analytics").resolve("bridge");
        String user = System.getProperty("bench.db.user");
        String password = System.getProperty("bench.db.password");
        String assistant = "bench/ast-bench-customer";
        long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        try (Database db = Database.open(new StoreSettings(url, user, null, 8), password)) {
            UsageStore store = new UsageStore(db);
            Random random = new Random(7);
            int sessions = total / 4;
            if (loadedEvents(db) >= total) {
                System.out.printf("reusing the %,d events already in %s%n", loadedEvents(db), url);
                measure(db, assistant, start, random);
                System.exit(0);
            }
            long loadStart = System.nanoTime();
            List<UsageEvent> batch = new ArrayList<>(1000);
            for (int i = 0; i < total; i++) {
                int session = random.nextInt(sessions);
                // A session lives on one day; its events fall within an hour of its start.
                long sessionStart = start + (long) session * (30 * DAY) / sessions;
                Instant at = Instant.ofEpochMilli(sessionStart + random.nextInt(3_600_000));
                int rank = zipf(random, 20_000);
                batch.add(new UsageEvent("ev-" + i, "s-" + session, "u-" + (session % (sessions * 3 / 5)),
                        "widget", "query number " + rank, rank % 10 == 0, at));
                if (batch.size() == 1000) {
                    store.ingest(assistant, batch);
                    batch.clear();
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("loaded %,d events (%.0f events/s)%n", i + 1,
                            (i + 1) / ((System.nanoTime() - loadStart) / 1e9));
                }
            }
            store.ingest(assistant, batch);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("ingest: %,d events in %.1f s (%.0f events/s)%n", total, loadSeconds,
                    total / loadSeconds);
            measure(db, assistant, start, random);
        }
        System.exit(0);
    }

    private static long loadedEvents(Database db) {
        return db.withConnection(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM usage_event"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The full-month figures, a warm-up, then the timed runs and their percentiles. */
    private static void measure(Database db, String assistant, long start, Random random) {
        AnalyticsQuery query = new AnalyticsQuery(db);
        WidgetReport month = query.report(assistant, "widget", Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(start + 30 * DAY - 1), 10);
        System.out.printf("full month: sessions %,d, users %,d, queries %,d, no content %,d, top %s%n",
                month.totalUniqueSessions(), month.totalUniqueUsers(), month.queries().total(),
                month.queries().totalNoContent(), month.queries().topQueries().subList(0, 3));
        for (int i = 0; i < 5; i++) {
            run(query, assistant, start, random, i); // warm-up
        }
        int runs = Integer.getInteger("bench.runs", 200);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            run(query, assistant, start, random, i);
            ms[i] = (System.nanoTime() - t) / 1e6;
            System.out.printf("run %d: %.1f ms%n", i + 1, ms[i]);
        }
        Arrays.sort(ms);
        System.out.printf("analytics query over %d runs (half full-month, half random partial ranges): "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", runs, ms[runs / 2],
                ms[(int) (runs * 0.95)], ms[(int) (runs * 0.99)], ms[runs - 1]);
    }

    private static void run(AnalyticsQuery query, String assistant, long start, Random random, int i) {
        if (i % 2 == 0) {
            query.report(assistant, "widget", Instant.ofEpochMilli(start + 3_600_000L * random.nextInt(6)),
                    Instant.ofEpochMilli(start + 30 * DAY - 1 - 3_600_000L * random.nextInt(6)), 10);
        } else {
            long a = start + (long) (random.nextDouble() * 25 * DAY);
            long b = a + (long) (random.nextDouble() * (start + 30 * DAY - a));
            query.report(assistant, "widget", Instant.ofEpochMilli(a), Instant.ofEpochMilli(b), 10);
        }
    }

    /** A rank from 1 to n with a Zipf-like (1/rank) popularity. */
    private static int zipf(Random random, int n) {
        double h = Math.log(n) + 0.5772;
        double u = random.nextDouble() * h;
        return Math.max(1, Math.min(n, (int) Math.exp(u - 0.5772)));
    }
}
