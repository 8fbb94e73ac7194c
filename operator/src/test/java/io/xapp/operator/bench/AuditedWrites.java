package io.xapp.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The write requests of a time window by who made them, read from the API server's audit log (testing/cluster with
 * {@code XAPP_AUDIT_LOG}; it logs writes only, Lease renewals left out). The metrics {@link ApiServerWrites} reads
 * count every component's writes together; this says which were the operator's.
 */
final class AuditedWrites {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<String, Integer>> byWriter;

    private AuditedWrites(Map<String, Map<String, Integer>> byWriter) {
        this.byWriter = byWriter;
    }

    /** The writes received from {@code from} (inclusive) to {@code to} (exclusive). */
    static AuditedWrites read(Path auditLog, Instant from, Instant to) throws IOException {
        Map<String, Map<String, Integer>> byWriter = new TreeMap<>();
        try (BufferedReader lines = Files.newBufferedReader(auditLog)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode event = JSON.readTree(line);
                Instant received = Instant.parse(event.path("requestReceivedTimestamp").asText());
                if (received.isBefore(from) || !received.isBefore(to)) {
                    continue;
                }
                JsonNode object = event.path("objectRef");
                String resource = object.path("resource").asText("?")
                        + (object.hasNonNull("subresource") ? "/" + object.path("subresource").asText() : "");
                byWriter.computeIfAbsent(writer(event.path("user").path("username").asText("?")),
                        w -> new TreeMap<>()).merge(resource + " " + event.path("verb").asText(), 1, Integer::sum);
            }
        }
        return new AuditedWrites(byWriter);
    }

    /** The user without the prefix every controller's service account shares. */
    private static String writer(String user) {
        return user.startsWith("system:serviceaccount:") ? user.substring("system:serviceaccount:".length()) : user;
    }

    int total(String writerPart) {
        return byWriter.entrySet().stream().filter(e -> e.getKey().contains(writerPart))
                .flatMap(e -> e.getValue().values().stream()).mapToInt(Integer::intValue).sum();
    }

    /** One line per writer: its total, then its writes by resource and verb. */
    String describe(String indent) {
        StringBuilder s = new StringBuilder();
        byWriter.forEach((writer, writes) -> s.append(indent).append(writer).append(": ")
                .append(writes.values().stream().mapToInt(Integer::intValue).sum()).append(' ').append(writes)
                .append('\n'));
        return s.isEmpty() ? indent + "none\n" : s.toString();
    }
}
