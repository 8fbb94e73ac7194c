package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense numbers for the session ids, user ids and query texts of each assistant ({@code usage_dictionary}), so
 * usage summaries hold small integers: bitmaps of sessions and users, counts per query. Numbers are given once and
 * never change while the assistant's usage exists.
 */
final class UsageDictionary {

    /** The kinds of members, each numbered from 0 on its own. */
    enum Kind {
        SESSION("S"), USER("U"), QUERY("Q");

        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    /** Placeholders per IN list: far below every driver's limit, large enough for few round trips. */
    private static final int CHUNK = 500;

    private UsageDictionary() {
    }

    /**
     * The numbers of {@code members}, new ones numbered from {@code counters}. The caller holds the assistant's
     * lock row ({@link UsageCounters#lock}), so two writers never hand out the same number.
     */
    static Map<String, Integer> number(Connection c, String assistant, Kind kind, Collection<String> members,
                                       UsageCounters counters) throws SQLException {
        Map<String, Integer> numbers = lookUp(c, assistant, kind, "member", "member_no", List.copyOf(members),
                rs -> rs.getString(1), rs -> rs.getInt(2));
        List<String> fresh = members.stream().filter(m -> !numbers.containsKey(m)).toList();
        if (fresh.isEmpty()) {
            return numbers;
        }
        List<Object[]> rows = new ArrayList<>();
        for (String m : fresh) {
            int n = counters.take(kind);
            rows.add(new Object[] {assistant, kind.code, m, n});
            numbers.put(m, n);
        }
        Sql.batch(c, "INSERT INTO usage_dictionary (assistant, kind, member, member_no) VALUES (?, ?, ?, ?)", rows);
        return numbers;
    }

    /** The members behind {@code numbers} (those that exist). */
    static Map<Integer, String> members(Connection c, String assistant, Kind kind, Collection<Integer> numbers)
            throws SQLException {
        return lookUp(c, assistant, kind, "member_no", "member", List.copyOf(numbers), rs -> rs.getInt(1),
                rs -> rs.getString(2));
    }

    /**
     * Looks the keys up by index. PostgreSQL gets IN lists (few round trips to a server that may be remote). H2, in
     * process, gets one indexed lookup per key (a list of one, which H2 reads as {@code =}): it uses an index for
     * {@code IN (...)} only when the IN column leads the index, so {@code assistant = ? AND kind = ? AND member IN
     * (...)} would scan every member of the kind, and ingest would slow down as the dictionary grows.
     */
    private static <K, V> Map<K, V> lookUp(Connection c, String assistant, Kind kind, String keyColumn,
                                           String valueColumn, List<K> keys, Sql.Row<K> key, Sql.Row<V> value)
            throws SQLException {
        Map<K, V> out = new HashMap<>();
        int chunk = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) ? CHUNK : 1;
        for (int from = 0; from < keys.size(); from += chunk) {
            List<Object> args = new ArrayList<>(List.of(assistant, kind.code));
            args.addAll(keys.subList(from, Math.min(keys.size(), from + chunk)));
            String sql = "SELECT " + keyColumn + ", " + valueColumn + " FROM usage_dictionary WHERE assistant = ? "
                    + "AND kind = ? AND " + keyColumn + " IN (" + "?, ".repeat(args.size() - 3) + "?)";
            for (Map.Entry<K, V> e : Sql.list(c, sql, rs -> Map.entry(key.read(rs), value.read(rs)), args.toArray())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
