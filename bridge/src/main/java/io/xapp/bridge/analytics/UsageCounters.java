package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Database;
import io.xapp.bridge.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The {@code usage_assistant} row of one assistant: every writer of the assistant's usage locks it first (so
 * numbers and summaries are read and rewritten by one writer at a time, also across processes), and it holds the
 * next free dictionary numbers and the last sealed day.
 */
final class UsageCounters {

    private final String assistant;
    private final int[] next = new int[UsageDictionary.Kind.values().length];
    /** Days up to this one that have usage have a day summary; null before the first seal. */
    Integer sealedThrough;

    private UsageCounters(String assistant) {
        this.assistant = assistant;
    }

    /** Makes sure the row exists, in its own transaction, so that it can then be locked. */
    static void ensure(Database db, String assistant) {
        db.insertIfAbsent("INSERT INTO usage_assistant (assistant, next_session, next_user, next_query) "
                + "SELECT ?, 0, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM usage_assistant WHERE assistant = ?)",
                assistant, assistant);
    }

    /** Locks the row (made by {@link #ensure}) for the rest of the transaction and reads it. */
    static UsageCounters lock(Connection c, String assistant) throws SQLException {
        UsageCounters u = Sql.first(c, "SELECT next_session, next_user, next_query, sealed_through "
                + "FROM usage_assistant WHERE assistant = ? FOR UPDATE", rs -> {
                    UsageCounters read = new UsageCounters(assistant);
                    read.next[UsageDictionary.Kind.SESSION.ordinal()] = rs.getInt(1);
                    read.next[UsageDictionary.Kind.USER.ordinal()] = rs.getInt(2);
                    read.next[UsageDictionary.Kind.QUERY.ordinal()] = rs.getInt(3);
                    read.sealedThrough = rs.getObject(4, Integer.class);
                    return read;
                }, assistant);
        if (u == null) {
            throw new SQLException("usage_assistant row of " + assistant + " vanished");
        }
        return u;
    }

    /** Locks the row for the rest of the transaction when it exists (a purge); false when there is none. */
    static boolean lockIfPresent(Connection c, String assistant) throws SQLException {
        return Sql.first(c, "SELECT assistant FROM usage_assistant WHERE assistant = ? FOR UPDATE", rs -> true,
                assistant) != null;
    }

    /** The last sealed day of the assistant, read without a lock; null when none (or no usage at all). */
    static Integer sealedThrough(Connection c, String assistant) throws SQLException {
        return Sql.first(c, "SELECT sealed_through FROM usage_assistant WHERE assistant = ?",
                rs -> rs.getObject(1, Integer.class), assistant);
    }

    /** The next free number of {@code kind}, taken. */
    int take(UsageDictionary.Kind kind) {
        return next[kind.ordinal()]++;
    }

    void save(Connection c) throws SQLException {
        Sql.update(c, "UPDATE usage_assistant SET next_session = ?, next_user = ?, next_query = ?, "
                + "sealed_through = ? WHERE assistant = ?", next[UsageDictionary.Kind.SESSION.ordinal()],
                next[UsageDictionary.Kind.USER.ordinal()], next[UsageDictionary.Kind.QUERY.ordinal()], sealedThrough,
                assistant);
    }
}
