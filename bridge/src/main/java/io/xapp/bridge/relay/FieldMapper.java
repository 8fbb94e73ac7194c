package io.xapp.bridge.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.bridge.json.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * Renames our fields to the partner's, as the partner environment says: {@code email: contact.email} puts our
 * {@code email} at {@code {"contact": {"email": ...}}}; an unmapped field keeps its name; a mapping to the empty
 * string drops the field. Constants are added last, at their (dotted) names.
 */
final class FieldMapper {

    private FieldMapper() {
    }

    static ObjectNode map(ObjectNode ours, Map<String, String> mapping, Map<String, Object> constants) {
        ObjectNode theirs = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = ours.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String target = mapping.getOrDefault(f.getKey(), f.getKey());
            if (!target.isEmpty() && !f.getValue().isNull()) {
                put(theirs, target, f.getValue());
            }
        }
        constants.forEach((path, value) -> put(theirs, path, Json.MAPPER.valueToTree(value)));
        return theirs;
    }

    /** The value at a dotted path, or null. */
    static JsonNode at(JsonNode root, String dottedPath) {
        JsonNode n = root;
        for (String part : dottedPath.split("\\.")) {
            if (n == null || part.isEmpty()) {
                return n;
            }
            n = n.get(part);
        }
        return n;
    }

    private static void put(ObjectNode root, String dottedPath, JsonNode value) {
        String[] parts = dottedPath.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }
}
