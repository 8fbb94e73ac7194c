package io.xapp.bridge.analytics;

import io.xapp.bridge.web.RequestException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.bridge.config.StoreSettings;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.kube.AssistantRef;
import io.xapp.bridge.testing.FixedCustomers;
import io.xapp.testing.support.MutableClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Usage in, the partner's analytics response out, on known data and against a brute-force count over random data
 * and ranges (arbitrary instants, hour and day boundaries, event times, in-order and out-of-order arrival, sealed
 * and unsealed days, concurrent writers, events recorded before the V2 summaries); run on H2
 * ({@link AnalyticsTest}) and on PostgreSQL ({@link PostgresAnalyticsTest}) with the same migrations.
 */
abstract class AnalyticsChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTNER = "3E7E87CB-447B-A150";
    private static final String KEY = "key-a";
    private static final String NS = "partner-ns";
    private static final String CUSTOMER = "brightside-0042";
    private static final String NAME = CustomerNames.assistantName(CUSTOMER);

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;
    /** The random data's first day; "now" for the store is months later, so finished days get sealed. */
    private static final long START = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
    private static final Instant LATER = Instant.parse("2026-11-28T10:00:00Z");

    private StoreSettings settings;
    private Database db;
    private UsageStore store;
    private AnalyticsService analytics;

    /** Settings for an empty database of the store under test. */
    abstract StoreSettings freshStore();

    @BeforeEach
    void setUp() {
        settings = freshStore();
        db = Database.open(settings, null);
        useClock(new MutableClock(LATER));
    }

    /** The store's clock decides which days may be sealed: never today or later. */
    private void useClock(Clock clock) {
        store = new UsageStore(db, clock);
        analytics = new AnalyticsService(store, new AnalyticsQuery(db), PARTNER,
                FixedCustomers.of(CUSTOMER, new AssistantRef(NS, NAME)),
                Map.of(KEY, PARTNER, "key-b", "OTHER-PARTNER"), 10);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static ObjectNode event(String id, String session, String user, String channel, String query,
                                    boolean noContent, String at) {
        ObjectNode e = JSON.createObjectNode().put("eventId", id).put("sessionId", session).put("userId", user)
                .put("channel", channel).put("noContent", noContent).put("at", at);
        if (query != null) {
            e.put("query", query);
        }
        return e;
    }

    private int ingest(ObjectNode... events) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode a = body.putArray("events");
        for (ObjectNode e : events) {
            a.add(e);
        }
        return analytics.ingest(NS, NAME, body);
    }

    private void ingestKnownSet() {
        ingest(event("e1", "s1", "u1", "widget", "Opening hours?", false, "2026-03-01T09:00:00Z"),
                event("e2", "s1", "u1", "widget", "  opening   HOURS ", false, "2026-03-01T09:01:00Z"),
                event("e3", "s2", "u1", "widget", "Do you have Spanish speakers on staff?", true, "2026-03-01T15:00:00Z"),
                event("e4", "s1", "u1", "widget", "price list", true, "2026-03-02T08:00:00-05:00"),
                event("e5", "s3", "u2", "widget", "opening hours", false, "2026-03-02T14:00:00Z"),
                event("e6", "s3", "u2", "widget", null, false, "2026-03-02T14:00:30Z"),
                event("e7", "s4", "u3", "widget", "Connect me with someone", false, "2026-03-03T23:59:59Z"),
                event("e8", "s9", "u9", "search", "opening hours", false, "2026-03-02T10:00:00Z"));
        // A runtime retrying a batch: the same ids again change nothing.
        ingest(event("e1", "s1", "u1", "widget", "Opening hours?", false, "2026-03-01T09:00:00Z"),
                event("e3", "s2", "u1", "widget", "Do you have Spanish speakers on staff?", true, "2026-03-01T15:00:00Z"));
    }

    @Test
    void reportsTheKnownFiguresInThePartnersShape() throws Exception {
        ingestKnownSet();
        AnalyticsResponse r = analytics.report(KEY, PARTNER, CUSTOMER, "2026-03-01", "2026-03-03");
        assertThat(JSON.readTree(JSON.writeValueAsString(r))).isEqualTo(JSON.readTree("""
                {"partner_id": "3E7E87CB-447B-A150", "startDate": "2026-03-01", "endDate": "2026-03-03",
                 "widget": {"totalUniqueSessions": 4, "totalUniqueUsers": 3,
                   "queries": {"total": 6, "totalNoContent": 2,
                     "topQueriesNoContent": ["do you have spanish speakers on staff", "price list"],
                     "topQueries": ["opening hours", "connect me with someone", "do you have spanish speakers on staff",
                                    "price list"]}}}"""));
    }

    @Test
    void partialDaysAtTheEdgesAreExact() {
        ingestKnownSet();
        // From 2026-03-01T10:00-05:00 (15:00Z, so e3 onwards) to 2026-03-02T13:00:00Z (e4 at 13:00Z included).
        WidgetReport w = analytics.report(KEY, PARTNER, CUSTOMER, "2026-03-01T10:00:00-05:00",
                "2026-03-02T13:00:00Z").widget();
        assertThat(w.totalUniqueSessions()).isEqualTo(2); // s2, s1
        assertThat(w.totalUniqueUsers()).isEqualTo(1); // u1
        assertThat(w.queries().total()).isEqualTo(2);
        assertThat(w.queries().totalNoContent()).isEqualTo(2);
        assertThat(w.queries().topQueries()).containsExactly("do you have spanish speakers on staff", "price list");
    }

    @Test
    void aSessionOrUserSeenOnSeveralDaysCountsOnceInEveryRange() {
        ingestAcrossMidnight();
        // Whole sealed days (day summaries only), ragged edges (hours and raw events), one day, around midnight.
        assertSessionsUsersQueries("2026-03-01", "2026-03-03", 3, 2, 4);
        assertSessionsUsersQueries("2026-03-01T23:00:00Z", "2026-03-03T12:00:00Z", 3, 2, 4);
        assertSessionsUsersQueries("2026-03-01T23:30:00Z", "2026-03-02T00:30:00Z", 1, 1, 2);
        assertSessionsUsersQueries("2026-03-02", "2026-03-02", 2, 2, 2);
        assertSessionsUsersQueries("2026-03-02T00:10:00.001Z", "2026-03-03T11:59:59.999Z", 1, 1, 1);
        // The same before any day is sealed: with the clock on the first day, every day is read from its hours.
        db.close();
        db = Database.open(freshStore(), null);
        useClock(new MutableClock(Instant.parse("2026-03-01T00:00:00Z")));
        ingestAcrossMidnight();
        assertSessionsUsersQueries("2026-03-01", "2026-03-03", 3, 2, 4);
        assertSessionsUsersQueries("2026-03-01T23:30:00Z", "2026-03-02T00:30:00Z", 1, 1, 2);
    }

    /** Session "night" spans midnight; user "regular" comes back two days later in another session. */
    private void ingestAcrossMidnight() {
        ingest(event("n1", "night", "regular", "widget", "are you open late", false, "2026-03-01T23:50:00Z"),
                event("n2", "night", "regular", "widget", "are you open late", false, "2026-03-02T00:10:00Z"),
                event("n3", "day3", "regular", "widget", "price list", false, "2026-03-03T12:00:00Z"),
                event("n4", "other", "other", "widget", "price list", false, "2026-03-02T12:00:00Z"));
    }

    private void assertSessionsUsersQueries(String from, String to, long sessions, long users, long queries) {
        WidgetReport w = analytics.report(KEY, PARTNER, CUSTOMER, from, to).widget();
        assertThat(List.of(w.totalUniqueSessions(), w.totalUniqueUsers(), w.queries().total()))
                .as("sessions, users, queries from %s to %s", from, to).containsExactly(sessions, users, queries);
    }

    @Test
    void matchesABruteForceCountWhenBatchesArriveOutOfOrder() {
        Random random = new Random(42);
        List<ObjectNode> all = randomEvents(random, 3000);
        ingestInBatches(all, 500); // every batch spans all six days: late events of sealed days
        assertMatchesBruteForce(all, random, 40);
    }

    @Test
    void matchesABruteForceCountWhenEventsArriveInOrder() {
        Random random = new Random(43);
        List<ObjectNode> all = randomEvents(random, 3000);
        all.sort(Comparator.comparing(e -> Instant.parse(e.get("at").asText())));
        ingestInBatches(all, 40); // days seal one after the other, as with live runtimes
        assertMatchesBruteForce(all, random, 40);
    }

    @Test
    void matchesABruteForceCountBeforeAnyDayIsSealed() {
        useClock(new MutableClock(Instant.ofEpochMilli(START))); // "today" is the first day: nothing seals
        Random random = new Random(44);
        List<ObjectNode> all = randomEvents(random, 2000);
        ingestInBatches(all, 250);
        assertMatchesBruteForce(all, random, 30);
    }

    @Test
    void concurrentWritersAndRetriedBatchesCountEveryEventOnce() throws Exception {
        Random random = new Random(45);
        List<ObjectNode> all = randomEvents(random, 2000);
        // Four runtimes report overlapping slices (each event at least once, many twice) at the same time.
        List<List<ObjectNode>> slices = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            List<ObjectNode> slice = new ArrayList<>(all.subList(w * 500, w * 500 + 500));
            slice.addAll(all.subList((w * 500 + 1250) % 2000, (w * 500 + 1250) % 2000 + 250));
            Collections.shuffle(slice, random);
            slices.add(slice);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<ObjectNode> slice : slices) {
                done.add(pool.submit(() -> ingestInBatches(slice, 37)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertMatchesBruteForce(all, random, 20);
    }

    @Test
    void eventsRecordedBeforeTheSummariesExistAreBackfilled() throws Exception {
        db.close();
        settings = freshStore();
        // A database as the V1 bridge left it: migrated to V1, raw events (its per-day tables are dropped by V2).
        Flyway.configure(getClass().getClassLoader()).dataSource(settings.url(), settings.username(), "")
                .locations("classpath:db/migration").target("1").load().migrate();
        Random random = new Random(46);
        List<ObjectNode> all = randomEvents(random, 1500);
        try (Connection c = DriverManager.getConnection(settings.url(), settings.username(), "")) {
            insertAsVersion1(c, all);
        }
        db = Database.open(settings, null);
        useClock(new MutableClock(LATER));
        store.backfill();
        assertMatchesBruteForce(all, random, 20);
        store.backfill(); // done: the next start changes nothing
        assertMatchesBruteForce(all, random, 5);
        // Usage recorded after the upgrade adds to the backfilled summaries.
        List<ObjectNode> more = randomEvents(new Random(47), 300);
        more.forEach(e -> e.put("eventId", "new-" + e.get("eventId").asText()));
        ingestInBatches(more, 100);
        List<ObjectNode> both = new ArrayList<>(all);
        both.addAll(more);
        assertMatchesBruteForce(both, random, 10);
    }

    private static void insertAsVersion1(Connection c, List<ObjectNode> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_event (event_id, assistant, channel, "
                + "at_ms, day_no, session_id, user_id, query_norm, no_content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ObjectNode e : events) {
                long at = Instant.parse(e.get("at").asText()).toEpochMilli();
                ps.setString(1, e.get("eventId").asText());
                ps.setString(2, NS + "/" + NAME);
                ps.setString(3, e.get("channel").asText());
                ps.setLong(4, at);
                ps.setInt(5, (int) Math.floorDiv(at, DAY));
                ps.setString(6, e.get("sessionId").asText());
                ps.setString(7, e.get("userId").asText());
                ps.setString(8, e.has("query") ? QueryText.normalise(e.get("query").asText()) : null);
                ps.setBoolean(9, e.get("noContent").asBoolean());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** {@code n} random events over six days from {@link #START}, some exactly on hour and day boundaries. */
    private static List<ObjectNode> randomEvents(Random random, int n) {
        List<ObjectNode> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long at = i % 50 == 0 ? START + HOUR * random.nextInt(6 * 24) // on a boundary
                    : START + (long) (random.nextDouble() * 6 * DAY);
            int session = random.nextInt(400);
            all.add(event("r" + i, "s" + session, "u" + session % 150, random.nextInt(10) == 0 ? "search" : "widget",
                    random.nextInt(20) == 0 ? null : "query " + (int) Math.abs(random.nextGaussian() * 8),
                    random.nextInt(5) == 0, Instant.ofEpochMilli(at).toString()));
        }
        return all;
    }

    private void ingestInBatches(List<ObjectNode> events, int size) {
        for (int i = 0; i < events.size(); i += size) {
            ingest(events.subList(i, Math.min(events.size(), i + size)).toArray(ObjectNode[]::new));
        }
    }

    /**
     * Random ranges whose ends are arbitrary instants, hour or day boundaries, or event times (each give or take
     * a millisecond): the report must equal the brute-force count.
     */
    private void assertMatchesBruteForce(List<ObjectNode> all, Random random, int rounds) {
        for (int round = 0; round < rounds; round++) {
            long a = point(random, all);
            long b = round % 5 == 0 ? a + random.nextInt((int) HOUR) : point(random, all); // some within an hour
            long from = Math.min(a, b);
            long to = Math.max(a, b);
            WidgetReport got = analytics.report(KEY, PARTNER, CUSTOMER, Instant.ofEpochMilli(from).toString(),
                    Instant.ofEpochMilli(to).toString()).widget();
            assertThat(got).as("range %s .. %s", Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))
                    .isEqualTo(bruteForce(all, from, to));
        }
    }

    private static long point(Random random, List<ObjectNode> all) {
        long jitter = random.nextInt(3) - 1;
        return switch (random.nextInt(4)) {
            case 0 -> START - 2 * HOUR + (long) (random.nextDouble() * 7 * DAY);
            case 1 -> START + HOUR * random.nextInt(6 * 24 + 1) + jitter;
            case 2 -> START + DAY * random.nextInt(7) + jitter;
            default -> Instant.parse(all.get(random.nextInt(all.size())).get("at").asText()).toEpochMilli() + jitter;
        };
    }

    /** The report computed from the events themselves: each event id once, the range inclusive. */
    private static WidgetReport bruteForce(List<ObjectNode> all, long from, long to) {
        Set<String> ids = new HashSet<>();
        Set<String> sessions = new HashSet<>();
        Set<String> users = new HashSet<>();
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> noContentCounts = new HashMap<>();
        long total = 0;
        long noContent = 0;
        for (ObjectNode e : all) {
            long at = Instant.parse(e.get("at").asText()).toEpochMilli();
            if (!ids.add(e.get("eventId").asText()) || at < from || at > to
                    || !"widget".equals(e.get("channel").asText())) {
                continue;
            }
            sessions.add(e.get("sessionId").asText());
            users.add(e.get("userId").asText());
            if (e.has("query")) {
                total++;
                counts.merge(e.get("query").asText(), 1L, Long::sum);
                if (e.get("noContent").asBoolean()) {
                    noContent++;
                    noContentCounts.merge(e.get("query").asText(), 1L, Long::sum);
                }
            }
        }
        return new WidgetReport(sessions.size(), users.size(), new WidgetReport.Queries(total, noContent,
                top(noContentCounts), top(counts)));
    }

    private static List<String> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10).map(Map.Entry::getKey).toList();
    }

    @Test
    void onePartnerNeverSeesAnothersCustomers() {
        ingestKnownSet();
        assertThatThrownBy(() -> analytics.report(null, PARTNER, CUSTOMER, "2026-03-01", "2026-03-03"))
                .isInstanceOfSatisfying(RequestException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> analytics.report("guess", PARTNER, CUSTOMER, "2026-03-01", "2026-03-03"))
                .isInstanceOfSatisfying(RequestException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> analytics.report("key-b", PARTNER, CUSTOMER, "2026-03-01", "2026-03-03"))
                .isInstanceOfSatisfying(RequestException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> analytics.report("key-b", "OTHER-PARTNER", CUSTOMER, "2026-03-01", "2026-03-03"))
                .isInstanceOfSatisfying(RequestException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> analytics.report(KEY, PARTNER, CUSTOMER, "2026-03-03", "2026-03-01"))
                .hasMessageContaining("endDate is before startDate");
    }

    @Test
    void anUnknownCustomerIsA404ThatSaysSoNeverZeros() {
        ingestKnownSet();
        assertThatThrownBy(() -> analytics.report(KEY, PARTNER, "brightside-0043", "2026-03-01", "2026-03-03"))
                .isInstanceOfSatisfying(RequestException.class, e -> assertThat(e.status()).isEqualTo(404))
                .hasMessageContaining("no customer 'brightside-0043'");
    }

    @Test
    void malformedUsageIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ingest(event("x", "s", "u", "fax", "q", false, "2026-03-01T00:00:00Z")))
                .hasMessageContaining("events[0].channel must be widget or search");
        assertThatThrownBy(() -> ingest(event("x", "s", "u", "widget", "q", false, "yesterday")))
                .hasMessageContaining("events[0].at must be an ISO-8601");
        assertThatThrownBy(() -> analytics.ingest(NS, NAME, JSON.createObjectNode()))
                .hasMessageContaining("{\"events\": [...]}");
    }
}
