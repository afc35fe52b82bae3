package io.smbhub.adapter.llm;

import com.google.genai.types.Schema;
import com.google.genai.types.Type;
import io.smbhub.application.port.out.JsonSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our {@link JsonSchema} as the SDK's {@link Schema} (Gemini's {@code responseSchema}, an OpenAPI 3 subset): type,
 * description, properties with {@code propertyOrdering} in our order, required, items, enum, nullable.
 */
final class GeminiSchemas {

    private GeminiSchemas() {
    }

    static Schema toGemini(JsonSchema schema) {
        Schema.Builder builder = Schema.builder().type(new Type(Type.Known.valueOf(schema.type().name())));
        if (schema.description() != null && !schema.description().isBlank()) {
            builder.description(schema.description());
        }
        if (!schema.properties().isEmpty()) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.properties().forEach((name, property) -> properties.put(name, toGemini(property)));
            builder.properties(properties);
            builder.propertyOrdering(new ArrayList<>(schema.properties().keySet()));
        }
        if (!schema.required().isEmpty()) {
            builder.required(schema.required());
        }
        if (schema.items() != null) {
            builder.items(toGemini(schema.items()));
        }
        if (!schema.enumValues().isEmpty()) {
            builder.enum_(schema.enumValues());
        }
        if (schema.nullable()) {
            builder.nullable(true);
        }
        return builder.build();
    }
}
