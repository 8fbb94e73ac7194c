package io.xapp.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.api.json.JsonProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonProblemTest {

    record Chat(String message, String sessionId) {
    }

    record Batch(List<Event> events) {
    }

    record Event(String eventId, int count, boolean noContent) {
    }

    private final ObjectMapper json = new ObjectMapper();

    private String problem(String body, Class<?> type) {
        try {
            json.readValue(body, type);
            throw new AssertionError("accepted " + body);
        } catch (JsonProcessingException e) {
            return JsonProblem.describe(e);
        }
    }

    @Test
    void notJsonSaysWhereItStops() {
        assertThat(problem("hello", Chat.class)).startsWith("the body is not valid JSON (line 1, column 6): ")
                .contains("Unrecognized token 'hello'").doesNotContain("Source");
        assertThat(problem("{\"message\": \"hi\",", Chat.class)).startsWith("the body is not valid JSON (line 1")
                .contains("end-of-input").doesNotContain("Source");
        assertThat(problem("", Chat.class)).isEqualTo("the body is empty: send a JSON object");
    }

    @Test
    void aWrongTypeNamesTheFieldAndTheType() {
        assertThat(problem("{\"message\": {\"a\": 1}}", Chat.class))
                .isEqualTo("field 'message' must be a string, not an object");
        assertThat(problem("[1, 2]", Chat.class)).isEqualTo("the body must be an object, not an array");
        assertThat(problem("[1, 2]", ObjectNode.class)).isEqualTo("the body must be an object, not an array");
        assertThat(problem("{\"events\": [{\"eventId\": \"e\", \"count\": \"many\"}]}", Batch.class))
                .isEqualTo("field 'events[0].count' must be a whole number, not 'many'");
        assertThat(problem("{\"events\": {\"eventId\": \"e\"}}", Batch.class))
                .isEqualTo("field 'events' must be an array, not an object");
        assertThat(problem("{\"events\": [{\"noContent\": [true]}]}", Batch.class))
                .isEqualTo("field 'events[0].noContent' must be true or false, not an array");
    }

    @Test
    void anUnknownFieldIsNamedWhenUnknownFieldsAreRefused() {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            strict.readValue("{\"mesage\": \"hi\"}", Chat.class);
        } catch (JsonProcessingException e) {
            assertThat(JsonProblem.describe(e)).startsWith("unknown field 'mesage'; known fields: ")
                    .contains("message", "sessionId");
        }
    }
}
