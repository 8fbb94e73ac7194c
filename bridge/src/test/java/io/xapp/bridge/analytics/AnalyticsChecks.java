package io.xapp.bridge.analytics;

import io.xapp.bridge.web.RequestException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantStatus;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.bridge.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Usage in, the partner's analytics response out, on known data and against a brute-force count; run on H2
 * ({@link AnalyticsTest}) and on PostgreSQL ({@link PostgresAnalyticsTest}) with the same migrations.
 */
abstract class AnalyticsChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTNER = "3E7E87CB-447B-A150";
    private static final String KEY = "key-a";
    private static final String NS = "partner-ns";
    private static final String CUSTOMER = "brightside-0042";
    private static final String NAME = CustomerNames.assistantName(CUSTOMER);

    private Database db;
    private AnalyticsService analytics;

    /** A freshly migrated database. */
    abstract Database openDatabase();

    @BeforeEach
    void setUp() {
        db = openDatabase();
        analytics = new AnalyticsService(new UsageStore(db), new AnalyticsQuery(db), PARTNER, NS,
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
    void matchesABruteForceCountOnRandomDataAndRanges() {
        Random random = new Random(42);
        long start = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
        List<ObjectNode> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long at = start + (long) (random.nextDouble() * 6 * 86_400_000L);
            int session = random.nextInt(400);
            all.add(event("r" + i, "s" + session, "u" + session % 150, random.nextInt(10) == 0 ? "search" : "widget",
                    random.nextInt(20) == 0 ? null : "query " + (int) Math.abs(random.nextGaussian() * 8),
                    random.nextInt(5) == 0, Instant.ofEpochMilli(at).toString()));
        }
        for (int i = 0; i < all.size(); i += 500) {
            ingest(all.subList(i, i + 500).toArray(ObjectNode[]::new));
        }
        for (int round = 0; round < 15; round++) {
            long a = start - 3_600_000L + (long) (random.nextDouble() * 7 * 86_400_000L);
            long b = a + (long) (random.nextDouble() * 4 * 86_400_000L);
            WidgetReport got = analytics.report(KEY, PARTNER, CUSTOMER, Instant.ofEpochMilli(a).toString(),
                    Instant.ofEpochMilli(b).toString()).widget();
            assertThat(got).as("range %s .. %s", Instant.ofEpochMilli(a), Instant.ofEpochMilli(b))
                    .isEqualTo(bruteForce(all, a, b));
        }
    }

    private static WidgetReport bruteForce(List<ObjectNode> all, long from, long to) {
        Set<String> sessions = new HashSet<>();
        Set<String> users = new HashSet<>();
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> noContentCounts = new HashMap<>();
        long total = 0;
        long noContent = 0;
        for (ObjectNode e : all) {
            long at = Instant.parse(e.get("at").asText()).toEpochMilli();
            if (at < from || at > to || !"widget".equals(e.get("channel").asText())) {
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
    void aCompletedCancellationDeletesTheCustomersData() {
        ingestKnownSet();
        Assistant a = new Assistant();
        a.getMetadata().setNamespace(NS);
        a.getMetadata().setName(NAME);
        AssistantStatus status = new AssistantStatus();
        status.setPhase(Phase.Cancelling);
        a.setStatus(status);
        analytics.onAssistantChange(a);
        assertThat(analytics.report(KEY, PARTNER, CUSTOMER, "2026-03-01", "2026-03-03").widget().queries().total())
                .isEqualTo(6);
        status.setPhase(Phase.Cancelled);
        analytics.onAssistantChange(a);
        WidgetReport after = analytics.report(KEY, PARTNER, CUSTOMER, "2026-03-01", "2026-03-03").widget();
        assertThat(after).isEqualTo(new WidgetReport(0, 0, new WidgetReport.Queries(0, 0, List.of(), List.of())));
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
    void malformedUsageIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ingest(event("x", "s", "u", "fax", "q", false, "2026-03-01T00:00:00Z")))
                .hasMessageContaining("events[0].channel must be widget or search");
        assertThatThrownBy(() -> ingest(event("x", "s", "u", "widget", "q", false, "yesterday")))
                .hasMessageContaining("events[0].at must be an ISO-8601");
        assertThatThrownBy(() -> analytics.ingest(NS, NAME, JSON.createObjectNode()))
                .hasMessageContaining("{\"events\": [...]}");
    }
}
