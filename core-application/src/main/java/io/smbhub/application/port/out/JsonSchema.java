package io.smbhub.application.port.out;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shape a structured {@link LanguageModel} answer must have — the subset of JSON Schema / OpenAPI 3 schema that
 * Gemini's {@code responseSchema} accepts: {@code type} (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN),
 * {@code description}, {@code properties} (in order) with {@code required} names, {@code items} of an array,
 * {@code enumValues} of a string, {@code nullable}.
 */
public record JsonSchema(Type type, String description, Map<String, JsonSchema> properties, List<String> required,
                         JsonSchema items, List<String> enumValues, boolean nullable) {

    public enum Type { OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN }

    public JsonSchema {
        Objects.requireNonNull(type, "type");
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        required = required == null ? List.of() : List.copyOf(required);
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    public static JsonSchema string(String description) {
        return new JsonSchema(Type.STRING, description, null, null, null, null, true);
    }

    public static JsonSchema number(String description) {
        return new JsonSchema(Type.NUMBER, description, null, null, null, null, true);
    }

    public static JsonSchema integer(String description) {
        return new JsonSchema(Type.INTEGER, description, null, null, null, null, true);
    }

    public static JsonSchema bool(String description) {
        return new JsonSchema(Type.BOOLEAN, description, null, null, null, null, false);
    }

    public static JsonSchema enumOf(String description, List<String> values) {
        return new JsonSchema(Type.STRING, description, null, null, null, values, false);
    }

    public static JsonSchema array(String description, JsonSchema items) {
        return new JsonSchema(Type.ARRAY, description, null, null, items, null, false);
    }

    /** An object with {@code properties} (insertion order kept) of which {@code required} must be present. */
    public static JsonSchema object(String description, Map<String, JsonSchema> properties, List<String> required) {
        return new JsonSchema(Type.OBJECT, description, properties, required, null, null, false);
    }
}
