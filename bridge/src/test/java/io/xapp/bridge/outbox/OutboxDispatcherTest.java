package io.xapp.bridge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.bridge.store.Database;
import io.xapp.testing.support.MutableClock;
import io.xapp.bridge.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's store and dispatcher with scripted senders: what each result leaves in the table, and when. */
class OutboxDispatcherTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private Database db;
    private OutboxStore store;

    @BeforeEach
    void setUp() {
        db = TestDatabase.open("outbox");
        store = new OutboxStore(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A sender whose results the test scripts, one per attempt, and which remembers the ids it was given. */
    private static final class Scripted implements OutboxSender {
        final String kind;
        final int batchSize;
        final Deque<Function<OutboxEntry, DeliveryResult>> script = new ArrayDeque<>();
        final List<List<String>> calls = new ArrayList<>();

        Scripted(String kind, int batchSize) {
            this.kind = kind;
            this.batchSize = batchSize;
        }

        Scripted then(Function<OutboxEntry, DeliveryResult> result) {
            script.add(result);
            return this;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public int batchSize() {
            return batchSize;
        }

        @Override
        public List<DeliveryResult> send(List<OutboxEntry> entries) {
            calls.add(entries.stream().map(OutboxEntry::id).toList());
            return OutboxSender.super.send(entries);
        }

        @Override
        public DeliveryResult send(OutboxEntry entry) {
            return script.isEmpty() ? DeliveryResult.delivered("ok") : script.poll().apply(entry);
        }
    }

    private OutboxDispatcher dispatcher(OutboxSender... senders) {
        return new OutboxDispatcher(store, List.of(senders), BACKOFF, clock);
    }

    private boolean add(String kind, String id) {
        return store.add(OutboxEntry.of(kind, id, "ns", "ast-a", "{\"n\":1}"), clock.millis());
    }

    @Test
    void anEntryIsStoredOncePerKindAndId() {
        assertThat(add("LEAD", "l-1")).isTrue();
        assertThat(add("LEAD", "l-1")).as("the same id again: nothing stored").isFalse();
        assertThat(add("BOOKING", "l-1")).as("ids are per kind").isTrue();
        assertThat(store.count(OutboxState.PENDING)).isEqualTo(2);
    }

    @Test
    void aFailedAttemptLeavesTheEntryPendingWithOneMoreAttemptAndItsErrorUntilTheBackoffPassed() {
        Scripted sender = new Scripted("LEAD", 1).then(e -> DeliveryResult.retryLater("partner answered HTTP 503"));
        OutboxDispatcher dispatcher = dispatcher(sender);
        add("LEAD", "l-1");

        assertThat(dispatcher.dispatch()).isZero();
        assertThat(row("LEAD", "l-1")).isEqualTo(new Row("PENDING", 1, "partner answered HTTP 503", null));
        long next = row("LEAD", "l-1", "next_attempt_at");
        assertThat(next - clock.millis()).as("1 s backoff plus up to 20 % jitter").isBetween(1000L, 1200L);

        clock.advance(Duration.ofMillis(999));
        assertThat(dispatcher.dispatch()).as("not due before its backoff").isZero();
        assertThat(sender.calls).hasSize(1);
        clock.advance(Duration.ofMillis(201));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(row("LEAD", "l-1")).isEqualTo(new Row("DELIVERED", 2, null, "ok"));
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatch()).as("delivered entries are not sent again").isZero();
        assertThat(sender.calls).hasSize(2);
    }

    @Test
    void theBackoffDoublesWithEveryFailedAttempt() {
        Scripted sender = new Scripted("LEAD", 1);
        for (int i = 0; i < 4; i++) {
            sender.then(e -> DeliveryResult.retryLater("down"));
        }
        OutboxDispatcher dispatcher = dispatcher(sender);
        add("LEAD", "l-1");
        for (long base : new long[] {1000, 2000, 4000, 8000}) {
            long before = clock.millis();
            dispatcher.dispatch();
            assertThat(row("LEAD", "l-1", "next_attempt_at") - before).isBetween(base, base + base / 5);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(row("LEAD", "l-1").attempts()).isEqualTo(4);
    }

    @Test
    void aSenderThatThrowsCountsAsAFailedAttemptAndStopsNothingElse() {
        Scripted sender = new Scripted("LEAD", 1).then(e -> {
            throw new IllegalStateException("boom");
        });
        OutboxDispatcher dispatcher = dispatcher(sender);
        add("LEAD", "l-1");
        clock.advance(Duration.ofMillis(1));
        add("LEAD", "l-2");

        assertThat(dispatcher.dispatch()).as("l-2 is delivered in the same round").isEqualTo(1);
        Row failed = row("LEAD", "l-1");
        assertThat(failed.state()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("the LEAD sender failed").contains("boom");
        assertThat(row("LEAD", "l-2").state()).isEqualTo("DELIVERED");
    }

    @Test
    void aGivenUpEntryIsFailedWithItsReasonAndNotTriedAgain() {
        Scripted sender = new Scripted("LEAD", 1).then(e -> DeliveryResult.giveUp("partner answered HTTP 422"));
        OutboxDispatcher dispatcher = dispatcher(sender);
        add("LEAD", "l-1");
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(row("LEAD", "l-1")).isEqualTo(new Row("FAILED", 1, "partner answered HTTP 422", null));
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatch();
        assertThat(sender.calls).hasSize(1);
    }

    @Test
    void aNextStepIsStoredWithTheDeliveryAndSentByItsOwnSenderWithoutSendingTheFirstAgain() {
        Scripted first = new Scripted("EVENT", 1).then(e -> new DeliveryResult.Delivered("event-7",
                OutboxEntry.of("RECORD", e.id(), e.namespace(), e.name(), "{\"eventId\":\"event-7\"}")));
        Scripted record = new Scripted("RECORD", 1).then(e -> DeliveryResult.retryLater("API server busy"));
        OutboxDispatcher dispatcher = dispatcher(first, record);
        add("EVENT", "k-1");

        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(row("EVENT", "k-1")).isEqualTo(new Row("DELIVERED", 1, null, "event-7"));
        assertThat(row("RECORD", "k-1")).isEqualTo(new Row("PENDING", 1, "API server busy", null));
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(row("RECORD", "k-1").state()).isEqualTo("DELIVERED");
        assertThat(first.calls).hasSize(1);
    }

    @Test
    void batchesAreAsLargeAsTheSenderTakesAndEachKindGoesToItsSender() {
        Scripted events = new Scripted("EVENT", 3);
        Scripted leads = new Scripted("LEAD", 1);
        for (int i = 0; i < 7; i++) {
            add("EVENT", "e-" + i);
            clock.advance(Duration.ofMillis(1));
        }
        add("LEAD", "l-1");
        assertThat(dispatcher(events, leads).dispatch()).isEqualTo(8);
        assertThat(events.calls).containsExactly(List.of("e-0", "e-1", "e-2"), List.of("e-3", "e-4", "e-5"),
                List.of("e-6"));
        assertThat(leads.calls).containsExactly(List.of("l-1"));
    }

    @Test
    void aRoundInterruptedByShutdownRecordsNothingSoTheEntryIsSentAgainAtTheNextStart() {
        Scripted sender = new Scripted("LEAD", 1).then(e -> {
            Thread.currentThread().interrupt(); // the worker is shut down while this entry is sent
            return DeliveryResult.delivered("ok");
        });
        add("LEAD", "l-1");
        clock.advance(Duration.ofMillis(1));
        add("LEAD", "l-2");
        try {
            assertThat(dispatcher(sender).dispatch()).isZero();
        } finally {
            Thread.interrupted();
        }
        assertThat(sender.calls).as("the round stops").containsExactly(List.of("l-1"));
        assertThat(row("LEAD", "l-1")).isEqualTo(new Row("PENDING", 0, null, null));
        assertThat(dispatcher(sender).dispatch()).as("the next start").isEqualTo(2);
    }

    @Test
    void aPurgeDeletesDoneEntriesOfItsKindsAtOnceAndPendingOnesWhenDone() {
        Scripted sender = new Scripted("LEAD", 1).then(e -> DeliveryResult.delivered("ok"))
                .then(e -> DeliveryResult.retryLater("down"));
        OutboxDispatcher dispatcher = dispatcher(sender);
        add("LEAD", "done");
        clock.advance(Duration.ofMillis(1));
        add("LEAD", "pending");
        add("EVENT", "other-kind");
        dispatcher.dispatch();

        assertThat(store.purge("ns", "ast-a", List.of("LEAD"))).isEqualTo(new OutboxStore.Purge(1, 1));
        assertThat(ids()).containsExactlyInAnyOrder("pending", "other-kind");
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(ids()).containsExactly("other-kind");
    }

    record Row(String state, int attempts, String lastError, String receipt) {
    }

    private Row row(String kind, String id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state, attempts, last_error, receipt FROM outbox "
                    + "WHERE kind = ? AND item_id = ?")) {
                ps.setString(1, kind);
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("%s %s is in the outbox", kind, id).isTrue();
                    return new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4));
                }
            }
        });
    }

    private long row(String kind, String id, String column) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM outbox WHERE kind = ? "
                    + "AND item_id = ?")) {
                ps.setString(1, kind);
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private List<String> ids() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT item_id FROM outbox")) {
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }
}
