package io.xapp.inference.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.inference.batch.Priority;
import io.xapp.inference.model.TextKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"kind": "query" | "passage", "texts": ["...", ...], "priority": "interactive" | "background"}}, read
 * strictly so that every mistake is named: a body that is not JSON, a missing or unknown kind, an unknown priority,
 * no texts, too many, a text that is not a string or is blank. Without a priority, queries are interactive (a
 * visitor's question) and passages background (an index build's).
 */
public record EmbeddingsRequest(TextKind kind, Priority priority, List<String> texts) {

    public static EmbeddingsRequest parse(byte[] body, ObjectMapper json, int maxTexts) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not JSON: " + e.getOriginalMessage()
                    + "; send {\"kind\": \"query\" | \"passage\", \"texts\": [\"...\"]}");
        } catch (IOException e) {
            throw new ApiException(400, "the body cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ApiException(400, "the body must be a JSON object {\"kind\": ..., \"texts\": [...]}");
        }
        JsonNode kindNode = root.get("kind");
        if (kindNode == null || !kindNode.isTextual()) {
            throw new ApiException(400, "kind is required: \"query\" for questions, \"passage\" for passages");
        }
        TextKind kind = TextKind.fromWire(kindNode.asText()).orElseThrow(() -> new ApiException(400,
                "unknown kind '" + kindNode.asText() + "': use \"query\" or \"passage\""));
        JsonNode priorityNode = root.get("priority");
        Priority priority = Priority.of(kind);
        if (priorityNode != null && !priorityNode.isNull()) {
            priority = Priority.fromWire(priorityNode.asText()).filter(p -> priorityNode.isTextual())
                    .orElseThrow(() -> new ApiException(400, "unknown priority '" + priorityNode.asText()
                            + "': use \"interactive\" while a visitor waits, \"background\" for indexing"));
        }
        JsonNode textsNode = root.get("texts");
        if (textsNode == null || !textsNode.isArray()) {
            throw new ApiException(400, "texts is required: an array of strings");
        }
        if (textsNode.isEmpty()) {
            throw new ApiException(400, "texts is empty: send at least one text");
        }
        if (textsNode.size() > maxTexts) {
            throw new ApiException(413, "too many texts: " + textsNode.size() + ", at most " + maxTexts
                    + " per request; split them");
        }
        List<String> texts = new ArrayList<>(textsNode.size());
        for (int i = 0; i < textsNode.size(); i++) {
            JsonNode text = textsNode.get(i);
            if (!text.isTextual()) {
                throw new ApiException(400, "texts[" + i + "] is not a string");
            }
            if (text.asText().isBlank()) {
                throw new ApiException(400, "texts[" + i + "] is blank: there is nothing to embed");
            }
            texts.add(text.asText());
        }
        return new EmbeddingsRequest(kind, priority, texts);
    }
}
