package io.xapp.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The write requests in the API server's audit log (testing/cluster with {@code XAPP_AUDIT_LOG}; it logs writes
 * only, Lease renewals left out), read once, and counted by who made them for any window of time. The metrics
 * {@link ApiServerWrites} reads count every component's writes together; this says which were the operator's.
 */
final class AuditedWrites {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One write: when the API server received it, who sent it, and what ("resource[/subresource] verb"). */
    private record Write(Instant received, String writer, String what) {
    }

    private final List<Write> writes;

    private AuditedWrites(List<Write> writes) {
        this.writes = writes;
    }

    static AuditedWrites read(Path auditLog) throws IOException {
        List<Write> writes = new ArrayList<>();
        // A burst of 5,000 Assistants logs about 200,000 writes of a few dozen kinds: each name is kept once.
        Map<String, String> names = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(auditLog)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode event = JSON.readTree(line);
                JsonNode object = event.path("objectRef");
                String what = object.path("resource").asText("?")
                        + (object.hasNonNull("subresource") ? "/" + object.path("subresource").asText() : "")
                        + " " + event.path("verb").asText();
                String writer = writer(event.path("user").path("username").asText("?"));
                writes.add(new Write(Instant.parse(event.path("requestReceivedTimestamp").asText()),
                        names.computeIfAbsent(writer, w -> w), names.computeIfAbsent(what, w -> w)));
            }
        }
        return new AuditedWrites(writes);
    }

    /** The user without the prefix every controller's service account shares. */
    private static String writer(String user) {
        return user.startsWith("system:serviceaccount:") ? user.substring("system:serviceaccount:".length()) : user;
    }

    /**
     * The writes received from {@code from} (inclusive) to {@code to} (exclusive), one line per writer: its total,
     * then its writes by resource and verb.
     */
    String describe(Instant from, Instant to, String indent) {
        Map<String, Map<String, Integer>> byWriter = new TreeMap<>();
        for (Write w : writes) {
            if (!w.received().isBefore(from) && w.received().isBefore(to)) {
                byWriter.computeIfAbsent(w.writer(), k -> new TreeMap<>()).merge(w.what(), 1, Integer::sum);
            }
        }
        StringBuilder s = new StringBuilder();
        byWriter.forEach((writer, counts) -> s.append(indent).append(writer).append(": ")
                .append(counts.values().stream().mapToInt(Integer::intValue).sum()).append(' ').append(counts)
                .append('\n'));
        return s.isEmpty() ? indent + "none\n" : s.toString();
    }
}
