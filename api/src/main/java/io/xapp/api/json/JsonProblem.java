package io.xapp.api.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Map;

/**
 * What is wrong with a JSON request body, said for whoever sent it: not JSON at all (and where it stops being JSON),
 * or which field has which wrong type. Jackson's own messages name Java classes and echo the input; these do not.
 */
public final class JsonProblem {

    private JsonProblem() {
    }

    /** One sentence for an error answer, e.g. {@code field 'message' must be a string, not an object}. */
    public static String describe(JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return "the body is not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + quoted(path(mapping)) + "; known fields: " + unknown.getKnownPropertyIds();
        }
        String field = path(mapping);
        if (e instanceof InvalidFormatException invalid) {
            return (field.isEmpty() ? "the body" : "field " + quoted(field)) + " must be " + expected(
                    invalid.getTargetType()) + ", not '" + invalid.getValue() + "'";
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content")) {
                return "the body is empty: send a JSON object";
            }
            return (field.isEmpty() ? "the body" : "field " + quoted(field)) + " must be "
                    + expected(mismatch.getTargetType()) + found(e.getOriginalMessage());
        }
        return (field.isEmpty() ? "the body" : "field " + quoted(field)) + " is not what was expected";
    }

    /** The JSON path of the field, e.g. {@code events[2].at}; empty for the body itself. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    /** What Jackson found instead, from its message ("from Object value", "from Array value (token ...)"). */
    private static String found(String message) {
        if (message == null) {
            return "";
        }
        for (String[] token : new String[][] {{"Object value", "an object"}, {"Array value", "an array"},
                {"String value", "a string"}, {"Integer value", "a number"}, {"Floating-point value", "a number"},
                {"Boolean value", "true or false"}}) {
            if (message.contains("from " + token[0])) {
                return ", not " + token[1];
            }
        }
        return "";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String quoted(String field) {
        return "'" + field + "'";
    }
}
